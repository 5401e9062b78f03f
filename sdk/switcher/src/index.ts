/**
 * `import '@orgkit/switcher'` registers `<orgkit-organization-switcher>` (once; where there is a DOM).
 */
import { OrganizationSwitcherElement, TAG_NAME } from "./element.js";

export { OrganizationSwitcherElement, TAG_NAME, ORGANIZATION_CHANGED } from "./element.js";
export type { OrganizationChangedDetail, RefreshHook } from "./element.js";
export { SwitcherError, MAX_ORGANIZATIONS } from "./api.js";
export type { Membership, TokenProvider } from "./api.js";
export { initials, roleLabel } from "./labels.js";

/** Registers the element under {@link TAG_NAME} unless something already is. */
export function defineOrganizationSwitcher(): void {
  if (typeof customElements !== "undefined" && !customElements.get(TAG_NAME)) {
    customElements.define(TAG_NAME, OrganizationSwitcherElement);
  }
}

defineOrganizationSwitcher();

declare global {
  interface HTMLElementTagNameMap {
    "orgkit-organization-switcher": OrganizationSwitcherElement;
  }
  interface HTMLElementEventMap {
    "orgkit:organization-changed": CustomEvent<import("./element.js").OrganizationChangedDetail>;
  }
  interface DocumentEventMap {
    "orgkit:organization-changed": CustomEvent<import("./element.js").OrganizationChangedDetail>;
  }
}
