import {
  AdminUi,
  KeycloakProvider,
  routes as keycloakRoutes,
  type AdminEnvironment,
} from "@keycloak/keycloak-admin-ui";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import type { TFunction } from "i18next";
import type { RouteObject } from "react-router-dom";

import { AuditLogPage } from "./audit/AuditLogPage";
import { BackfillPage } from "./backfill/BackfillPage";
import { environment } from "./environment";
import { OrganizationPage } from "./organizations/OrganizationPage";
import { OrganizationsPage } from "./organizations/OrganizationsPage";
import { PolicyPage } from "./policy/PolicyPage";
import { RolesPage } from "./roles/RolesPage";
import { OrgkitLayout } from "./root/OrgkitLayout";
import { RouteError } from "./root/RouteError";
import { WebhookPage } from "./webhooks/WebhookPage";
import { WebhooksPage } from "./webhooks/WebhooksPage";

/** Paths of orgkit's pages in the console's (hash) router; `realm` is the realm shown. */
export const paths = {
  policy: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/policy`,
  roles: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/roles`,
  organizations: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/organizations`,
  organization: (realm: string, org: string, tab = "members") =>
    `/${encodeURIComponent(realm)}/orgkit/organizations/${encodeURIComponent(org)}/${tab}`,
  webhooks: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/webhooks`,
  webhook: (realm: string, id: string, tab = "settings") =>
    `/${encodeURIComponent(realm)}/orgkit/webhooks/${encodeURIComponent(id)}/${tab}`,
  auditLog: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/audit-log`,
  backfill: (realm: string) => `/${encodeURIComponent(realm)}/orgkit/backfill`,
};

/** The admin roles each page needs to be seen: those the REST endpoints it reads require. */
export const access = {
  organizations: "view-organizations",
  realm: "view-realm",
} satisfies Record<string, AccessType>;

type Handle = { access: AccessType; breadcrumb: (t: TFunction) => string };

function page(path: string, element: JSX.Element, accessType: AccessType, title: string): RouteObject {
  const handle: Handle = { access: accessType, breadcrumb: (t) => t(title) };
  return { path, element, handle };
}

export const orgkitRoutes: RouteObject[] = [
  page("/:realm/orgkit/policy", <PolicyPage />, access.organizations, "orgkitPolicy"),
  page("/:realm/orgkit/roles", <RolesPage />, access.organizations, "orgkitRoles"),
  page("/:realm/orgkit/organizations", <OrganizationsPage />, access.organizations, "orgkitOrganizations"),
  page("/:realm/orgkit/organizations/:org/:tab", <OrganizationPage />, access.organizations, "orgkitOrganization"),
  page("/:realm/orgkit/webhooks", <WebhooksPage />, access.realm, "orgkitWebhooks"),
  page("/:realm/orgkit/webhooks/:id/:tab", <WebhookPage />, access.realm, "orgkitWebhook"),
  page("/:realm/orgkit/audit-log", <AuditLogPage />, access.organizations, "orgkitAuditLog"),
  page("/:realm/orgkit/backfill", <BackfillPage />, access.organizations, "orgkitBackfill"),
];

/**
 * Keycloak's root route, rebuilt from what the library exports: its provider (sign-in with
 * keycloak-js as security-admin-console) and its App (header, navigation, breadcrumbs, the access
 * check of each route's `handle.access`), with Keycloak's pages and orgkit's as children of a
 * layout that adds orgkit's group to the navigation.
 */
export const rootRoute: RouteObject = {
  path: "/",
  element: (
    <KeycloakProvider environment={environment as AdminEnvironment}>
      <AdminUi />
    </KeycloakProvider>
  ),
  errorElement: <RouteError />,
  children: [{ element: <OrgkitLayout />, children: [...(keycloakRoutes as RouteObject[]), ...orgkitRoutes] }],
};
