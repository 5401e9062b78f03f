import {
  AdminUi,
  KeycloakProvider,
  routes as keycloakRoutes,
  type AdminEnvironment,
} from "@keycloak/keycloak-admin-ui";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import type { TFunction } from "i18next";
import type { RouteObject } from "react-router-dom";

import { environment } from "./environment";
import { PolicyPage } from "./policy/PolicyPage";
import { OrgkitLayout } from "./root/OrgkitLayout";
import { RouteError } from "./root/RouteError";

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
