import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";

/** The settings Keycloak renders into index.ftl (`<script id="environment">`). */
function injected(): AccountEnvironment {
  const text = document.getElementById("environment")?.textContent;
  if (!text) {
    throw new Error("The account console environment is missing from the page.");
  }
  return JSON.parse(text) as AccountEnvironment;
}

export const environment = injected();

/** The path of the account console, e.g. `/realms/acme/account/`. */
export const basePath = new URL(environment.baseUrl).pathname;

export function joinPath(...parts: string[]): string {
  return parts
    .map((part, i) => (i === 0 ? part.replace(/\/+$/, "") : part.replace(/^\/+|\/+$/g, "")))
    .filter((part, i) => i === 0 || part.length > 0)
    .join("/");
}
