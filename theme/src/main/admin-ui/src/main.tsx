import "@patternfly/react-core/dist/styles/base.css";
import "@patternfly/patternfly/patternfly-addons.css";
import "@keycloak/keycloak-admin-ui/styles.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createHashRouter, RouterProvider } from "react-router-dom";

import { i18n } from "./i18n";
import { rootRoute } from "./routes";

await i18n.init();

// Keycloak's admin console as its library ships it (every page, its navigation, its login through
// keycloak-js), with orgkit's pages added to its routes and an orgkit group added to its navigation.
const router = createHashRouter([rootRoute]);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
