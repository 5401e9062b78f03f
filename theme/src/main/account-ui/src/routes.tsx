import { routes as keycloakRoutes } from "@keycloak/keycloak-account-ui";
import type { RouteObject } from "react-router-dom";

import { basePath } from "./environment";
import { MyInvitationsPage } from "./invitations/MyInvitationsPage";
import { OrganizationPage } from "./organization/OrganizationPage";
import { OrganizationsPage } from "./organizations/OrganizationsPage";
import { RouteError } from "./root/RouteError";
import { Root } from "./root/Root";

/** Paths of orgkit's pages, relative to the console's base path. */
export const paths = {
  organizations: "organizations",
  organization: (id: string, tab?: string) => `organizations/${encodeURIComponent(id)}${tab ? `/${tab}` : ""}`,
  invitations: "invitations",
};

/**
 * Keycloak's account pages as the library ships them, with its read-only organizations page
 * replaced by orgkit's.
 */
export const routes: RouteObject[] = [
  {
    path: basePath,
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      ...keycloakRoutes.filter((route) => route.path !== "organizations"),
      { path: "organizations", element: <OrganizationsPage /> },
      { path: "organizations/:orgId", element: <OrganizationPage /> },
      { path: "organizations/:orgId/:tab", element: <OrganizationPage /> },
      { path: "invitations", element: <MyInvitationsPage /> },
    ],
  },
];
