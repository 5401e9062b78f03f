import { type Membership, SwitcherApi, SwitcherError, type TokenProvider } from "./api.js";
import { initials, roleLabel } from "./labels.js";
import { STYLES } from "./styles.js";

/** The tag name the package registers. */
export const TAG_NAME = "orgkit-organization-switcher";

/** Fired (bubbling, composed) after a switch, once `refreshToken` (if set) has resolved. */
export const ORGANIZATION_CHANGED = "orgkit:organization-changed";

/** `detail` of {@link ORGANIZATION_CHANGED}: both null for the personal account. */
export interface OrganizationChangedDetail {
  organizationId: string | null;
  slug: string | null;
}

/** What the app does after a switch so that its next requests carry the new token (e.g. its server refreshes the session). */
export type RefreshHook = () => unknown | Promise<unknown>;

const PERSONAL_LABEL = "Personal account";
const SVG = "http://www.w3.org/2000/svg";

/** One choice of the listbox: an organization, or none (the personal account). */
interface Choice {
  membership: Membership | null;
  element: HTMLLIElement;
}

// Importing the module where there is no DOM (server-side rendering) must not fail.
const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

let instances = 0;

/**
 * `<orgkit-organization-switcher base-url="http://localhost:8080" realm="orgkit-demo">`: lists the
 * user's organizations, shows the active one in a button and switches with a listbox. Set the
 * `getToken` property (and `refreshToken`) before it can load.
 */
export class OrganizationSwitcherElement extends Base {
  static get observedAttributes(): string[] {
    return ["base-url", "realm", "hide-personal"];
  }

  private readonly root: ShadowRoot;
  private readonly trigger: HTMLButtonElement;
  private readonly avatar: HTMLSpanElement;
  private readonly nameLabel: HTMLSpanElement;
  private readonly roleText: HTMLSpanElement;
  private readonly listbox: HTMLUListElement;
  private readonly errorBox: HTMLDivElement;
  private readonly errorText: HTMLSpanElement;
  private readonly idPrefix = `orgkit-switcher-${++instances}`;

  private tokenProvider: TokenProvider | null = null;
  private refreshHook: RefreshHook | null = null;
  private memberships: Membership[] = [];
  private choices: Choice[] = [];
  private highlighted = -1;
  private loaded = false;
  private busy = false;
  private generation = 0;
  private loadQueued = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLES;

    this.avatar = span("avatar", "avatar");
    this.avatar.setAttribute("aria-hidden", "true");
    this.nameLabel = span("name", "name");
    this.roleText = span("role", "role");
    const label = span("label", "label");
    label.append(this.nameLabel, this.roleText);

    this.trigger = document.createElement("button");
    this.trigger.type = "button";
    this.trigger.className = "trigger";
    this.trigger.setAttribute("part", "trigger");
    this.trigger.setAttribute("aria-haspopup", "listbox");
    this.trigger.setAttribute("aria-expanded", "false");
    this.trigger.setAttribute("aria-controls", `${this.idPrefix}-listbox`);
    this.trigger.append(this.avatar, label, chevron());

    this.listbox = document.createElement("ul");
    this.listbox.id = `${this.idPrefix}-listbox`;
    this.listbox.className = "listbox";
    this.listbox.setAttribute("part", "listbox");
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", "Switch organization");
    this.listbox.tabIndex = -1;
    this.listbox.hidden = true;

    this.errorBox = document.createElement("div");
    this.errorBox.className = "error";
    this.errorBox.setAttribute("part", "error");
    this.errorBox.hidden = true;
    this.errorText = span("error-text", "error-text");
    this.errorText.setAttribute("role", "alert");
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "dismiss";
    dismiss.setAttribute("part", "dismiss");
    dismiss.setAttribute("aria-label", "Dismiss");
    dismiss.textContent = "×";
    dismiss.addEventListener("click", () => {
      this.showError(null);
      this.trigger.focus();
    });
    this.errorBox.append(this.errorText, dismiss);

    this.root.append(style, this.trigger, this.listbox, this.errorBox);

    this.trigger.addEventListener("click", () => (this.isOpen ? this.close(true) : this.open(0)));
    this.trigger.addEventListener("keydown", (event) => this.onTriggerKey(event));
    this.listbox.addEventListener("keydown", (event) => this.onListKey(event));
    this.listbox.addEventListener("focusout", (event) => {
      if (!this.root.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) this.close(false);
    });
    this.renderTrigger();
  }

  // ---- the app's interface ------------------------------------------------------------------

  /** Returns the app's access token. Setting it (re)loads the list. */
  get getToken(): TokenProvider | null {
    return this.tokenProvider;
  }

  set getToken(provider: TokenProvider | null) {
    this.tokenProvider = provider;
    this.queueLoad();
  }

  /** Awaited after a successful switch, before the event: the app refreshes its token there. */
  get refreshToken(): RefreshHook | null {
    return this.refreshHook;
  }

  set refreshToken(hook: RefreshHook | null) {
    this.refreshHook = hook;
  }

  get baseUrl(): string {
    return this.getAttribute("base-url") ?? "";
  }

  set baseUrl(value: string) {
    this.setAttribute("base-url", value);
  }

  get realm(): string {
    return this.getAttribute("realm") ?? "";
  }

  set realm(value: string) {
    this.setAttribute("realm", value);
  }

  /** Leaves "Personal account" (no active organization) out of the choices (Clerk's `hidePersonal`). */
  get hidePersonal(): boolean {
    return this.hasAttribute("hide-personal");
  }

  set hidePersonal(value: boolean) {
    this.toggleAttribute("hide-personal", Boolean(value));
  }

  /** The user's organizations as last loaded. */
  get organizations(): readonly Membership[] {
    return this.memberships;
  }

  /** The active organization as last loaded or switched to; null for the personal account. */
  get activeOrganization(): Membership | null {
    return this.memberships.find((m) => m.active) ?? null;
  }

  /** Loads the user's organizations again (e.g. after the app created one). */
  async reload(): Promise<void> {
    const api = this.api();
    if (!api) return;
    const generation = ++this.generation;
    this.loaded = false;
    this.renderTrigger();
    try {
      const memberships = await api.organizations();
      if (generation !== this.generation) return;
      this.memberships = memberships;
      this.loaded = true;
      this.showError(null);
    } catch (error) {
      if (generation !== this.generation) return;
      this.memberships = [];
      this.loaded = true;
      this.showError(message(error));
    }
    this.renderTrigger();
  }

  // ---- custom element callbacks -------------------------------------------------------------

  connectedCallback(): void {
    // Properties set before the element was defined live on the instance; run them through the setters.
    for (const property of ["getToken", "refreshToken"] as const) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = (this as Record<string, unknown>)[property];
        delete (this as Record<string, unknown>)[property];
        (this as Record<string, unknown>)[property] = value;
      }
    }
    this.queueLoad();
  }

  disconnectedCallback(): void {
    this.close(false);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    if (name === "hide-personal") {
      this.renderTrigger();
    } else {
      this.queueLoad();
    }
  }

  // ---- loading and switching ----------------------------------------------------------------

  private api(): SwitcherApi | null {
    if (!this.baseUrl || !this.realm || !this.tokenProvider) return null;
    return new SwitcherApi(this.baseUrl, this.realm, this.tokenProvider);
  }

  private queueLoad(): void {
    if (this.loadQueued) return;
    this.loadQueued = true;
    queueMicrotask(() => {
      this.loadQueued = false;
      if (this.isConnected) void this.reload();
    });
  }

  private async choose(membership: Membership | null): Promise<void> {
    const api = this.api();
    this.close(true);
    if (!api || this.busy) return;
    this.busy = true;
    this.showError(null);
    this.renderTrigger();
    try {
      await api.setActive(membership?.id ?? null);
      this.memberships = this.memberships.map((m) => ({ ...m, active: m.id === membership?.id }));
      this.renderTrigger();
      try {
        await this.refreshHook?.();
      } catch (error) {
        this.showError(`Switched to ${membership?.name ?? PERSONAL_LABEL}, but refreshing your session failed: ${message(error)}`);
        return;
      }
      const detail: OrganizationChangedDetail = { organizationId: membership?.id ?? null, slug: membership?.slug ?? null };
      this.dispatchEvent(new CustomEvent(ORGANIZATION_CHANGED, { bubbles: true, composed: true, detail }));
    } catch (error) {
      this.showError(message(error));
    } finally {
      this.busy = false;
      this.renderTrigger();
    }
  }

  // ---- the listbox --------------------------------------------------------------------------

  private get isOpen(): boolean {
    return !this.listbox.hidden;
  }

  private open(highlight: number): void {
    if (!this.loaded || this.busy) return;
    // The user tries again: the last error would cover the list.
    this.showError(null);
    this.renderChoices();
    this.listbox.hidden = false;
    this.trigger.setAttribute("aria-expanded", "true");
    this.highlight(highlight < 0 ? this.choices.length - 1 : highlight);
    this.listbox.focus();
    document.addEventListener("pointerdown", this.onOutside, true);
  }

  private close(focusTrigger: boolean): void {
    document.removeEventListener("pointerdown", this.onOutside, true);
    if (!this.isOpen) return;
    this.listbox.hidden = true;
    this.trigger.setAttribute("aria-expanded", "false");
    this.listbox.removeAttribute("aria-activedescendant");
    if (focusTrigger) this.trigger.focus();
  }

  private readonly onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  private highlight(index: number): void {
    if (this.choices.length === 0) {
      this.highlighted = -1;
      return;
    }
    this.highlighted = Math.max(0, Math.min(index, this.choices.length - 1));
    this.choices.forEach((choice, i) => {
      const on = i === this.highlighted;
      choice.element.toggleAttribute("data-highlighted", on);
      choice.element.setAttribute("aria-selected", String(on));
    });
    const current = this.choices[this.highlighted].element;
    this.listbox.setAttribute("aria-activedescendant", current.id);
    current.scrollIntoView?.({ block: "nearest" });
  }

  private onTriggerKey(event: KeyboardEvent): void {
    switch (event.key) {
      case "Enter":
      case " ":
      case "ArrowDown":
        event.preventDefault();
        this.open(0);
        break;
      case "ArrowUp":
        event.preventDefault();
        this.open(-1);
        break;
      case "Escape":
        this.close(true);
        break;
    }
  }

  private onListKey(event: KeyboardEvent): void {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        this.highlight(this.highlighted + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        this.highlight(this.highlighted - 1);
        break;
      case "Home":
        event.preventDefault();
        this.highlight(0);
        break;
      case "End":
        event.preventDefault();
        this.highlight(this.choices.length - 1);
        break;
      case "Enter":
      case " ": {
        event.preventDefault();
        const choice = this.choices[this.highlighted];
        if (choice) void this.choose(choice.membership);
        break;
      }
      case "Escape":
        event.preventDefault();
        this.close(true);
        break;
      case "Tab":
        this.close(false);
        break;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private renderTrigger(): void {
    this.trigger.setAttribute("aria-busy", String(!this.loaded || this.busy));
    if (!this.loaded) {
      this.avatar.replaceChildren();
      this.nameLabel.textContent = "Loading organizations…";
      this.roleText.textContent = "";
      return;
    }
    const active = this.activeOrganization;
    this.avatar.replaceChildren(...avatarContent(active, this.baseUrl));
    this.nameLabel.textContent = active ? active.name : PERSONAL_LABEL;
    this.roleText.textContent = active ? roleLabel(active.role) : "";
    this.roleText.hidden = !active;
    if (active) {
      this.setAttribute("data-active-organization", active.slug);
    } else {
      this.removeAttribute("data-active-organization");
    }
  }

  private renderChoices(): void {
    const active = this.activeOrganization;
    const others: (Membership | null)[] = this.memberships.filter((m) => !m.active && m.enabled !== false);
    if (active && !this.hidePersonal) others.push(null);
    this.choices = others.map((membership, index) => ({ membership, element: this.option(membership, index) }));
    if (this.choices.length === 0) {
      const empty = document.createElement("li");
      empty.className = "empty";
      empty.setAttribute("role", "presentation");
      empty.textContent = "No other organizations";
      this.listbox.replaceChildren(empty);
    } else {
      this.listbox.replaceChildren(...this.choices.map((c) => c.element));
    }
  }

  private option(membership: Membership | null, index: number): HTMLLIElement {
    const option = document.createElement("li");
    option.id = `${this.idPrefix}-option-${index}`;
    option.className = "option";
    option.setAttribute("part", membership ? "option" : "option option-personal");
    option.setAttribute("role", "option");
    option.setAttribute("aria-selected", "false");
    if (membership) option.dataset.slug = membership.slug;
    const avatar = span("avatar", "avatar");
    avatar.setAttribute("aria-hidden", "true");
    avatar.append(...avatarContent(membership, this.baseUrl));
    const label = span("label", "label");
    const name = span("name", "name");
    name.textContent = membership ? membership.name : PERSONAL_LABEL;
    label.append(name);
    if (membership) {
      const role = span("role", "role");
      role.textContent = roleLabel(membership.role);
      label.append(role);
    }
    option.append(avatar, label);
    option.addEventListener("click", () => void this.choose(membership));
    option.addEventListener("pointermove", () => this.highlight(index));
    return option;
  }

  private showError(text: string | null): void {
    this.errorText.textContent = text ?? "";
    this.errorBox.hidden = text === null;
  }
}

function span(className: string, part: string): HTMLSpanElement {
  const element = document.createElement("span");
  element.className = className;
  element.setAttribute("part", part);
  return element;
}

function avatarContent(membership: Membership | null, baseUrl: string): Node[] {
  if (membership?.image_url) {
    const img = document.createElement("img");
    img.setAttribute("part", "logo");
    img.alt = "";
    img.src = resolve(membership.image_url, baseUrl);
    return [img];
  }
  if (!membership) return [person()];
  const text = span("initials", "initials");
  text.textContent = initials(membership.name);
  return [text];
}

/** The personal account's avatar: a head and shoulders. */
function person(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "person");
  svg.setAttribute("part", "person");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-5.5 6.5c0-2.8 2.5-4.5 5.5-4.5s5.5 1.7 5.5 4.5z");
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return svg;
}

/** The API answers absolute logo URLs; a relative one is taken as relative to Keycloak's base URL. */
function resolve(url: string, baseUrl: string): string {
  try {
    return new URL(url, baseUrl || undefined).href;
  } catch {
    return url;
  }
}

function chevron(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "chevron");
  svg.setAttribute("part", "chevron");
  svg.setAttribute("viewBox", "0 0 12 12");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M2 4l4 4 4-4");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "1.5");
  svg.append(path);
  return svg;
}

function message(error: unknown): string {
  if (error instanceof SwitcherError) return error.description;
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
