import type { AdminEnvironment } from "@keycloak/keycloak-admin-ui";

/** The settings Keycloak renders into keycloak.v2's index.ftl (`<script id="environment">`). */
function injected(): AdminEnvironment {
  const text = document.getElementById("environment")?.textContent;
  if (!text) {
    throw new Error("The admin console environment is missing from the page.");
  }
  return JSON.parse(text) as AdminEnvironment;
}

export const environment = injected();

export function joinPath(...parts: string[]): string {
  return parts
    .map((part, i) => (i === 0 ? part.replace(/\/+$/, "") : part.replace(/^\/+|\/+$/g, "")))
    .filter((part, i) => i === 0 || part.length > 0)
    .join("/");
}
