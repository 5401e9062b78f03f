/// <reference types="vite/client" />

declare module "keycloak-account-ui.css";
