// Helpers for browser tests of the orgkit pages in Keycloak's admin console (the realm's admin
// theme `orgkit`): sign-in to a realm's console, opening an orgkit page, the admin REST API with
// the master admin's or a realm admin's token, screenshots.
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { check } from "./harness.mjs";

/** Keycloak's sidebar navigation; orgkit's group (`#orgkit-nav`) is the last thing in it. */
export const KEYCLOAK_NAV = ".keycloak__page_nav__nav nav";

/** Keycloak's error page in place of the whole console (e.g. the realm cannot be read: 403). */
export const KEYCLOAK_ERROR = ".pf-v5-c-alert.pf-m-danger:not([data-testid^=orgkit-])";

export class AdminConsole {
  /** `admin` is the master realm's admin as `user:password` (for `masterToken()`). */
  constructor({ baseUrl, screenshots, admin }) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.screenshots = screenshots;
    [this.adminUser, this.adminPassword] = (admin ?? "").split(":");
    mkdirSync(screenshots, { recursive: true });
  }

  /** The console of `consoleRealm` (where its admins sign in), showing `hash` (e.g. `/acme/orgkit/policy`). */
  consoleUrl(consoleRealm, hash = "") {
    return `${this.baseUrl}/admin/${encodeURIComponent(consoleRealm)}/console/${hash ? `#${hash}` : ""}`;
  }

  /** A fresh browser context (its own Keycloak session) with one page whose errors are logged under `label`. */
  async open(browser, label) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => {
      errors.push(error.message);
      console.log(`[${label}] page error: ${error.message}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") console.log(`[${label}] console error: ${message.text()}`);
    });
    return { context, page, errors };
  }

  /**
   * Opens the admin console of `realm` (`/admin/{realm}/console/`: the console of the admin's own
   * realm, drawn with that realm's admin theme), signs in on Keycloak's login page and waits for
   * Keycloak's navigation.
   */
  async signInToAdminConsole(page, realm, username, password = username) {
    await page.goto(this.consoleUrl(realm));
    await fillLogin(page, username, password);
    await page.locator(KEYCLOAK_NAV).waitFor({ state: "visible", timeout: 60000 });
  }

  /**
   * Shows orgkit's page `path` (e.g. `policy`, `organizations/acme/members`) of `realm`: inside the
   * console the page has open, the way a link of the console does it (history.pushState, which is
   * what Keycloak's realm context follows, then popstate for the router); without an open console,
   * by loading `realm`'s own console at that address. Waits until Keycloak has drawn its main area
   * or its error page; the caller waits for the page's own content.
   */
  async openOrgkitPage(page, realm, path) {
    const hash = `/${encodeURIComponent(realm)}/orgkit/${path.replace(/^\/+/, "")}`;
    if (this.onConsole(page)) {
      await page.evaluate((to) => {
        window.history.pushState({}, "", `#${to}`);
        window.dispatchEvent(new PopStateEvent("popstate", { state: {} }));
      }, hash);
    } else {
      await page.goto(this.consoleUrl(realm, hash));
    }
    await page.locator(`#kc-main-content-page-container, ${KEYCLOAK_ERROR}`).first().waitFor({ state: "visible", timeout: 30000 });
  }

  /** Whether the page shows a realm's admin console. */
  onConsole(page) {
    const current = new URL(page.url());
    return current.origin === new URL(this.baseUrl).origin && /^\/admin\/[^/]+\/console\/?$/.test(current.pathname);
  }

  /**
   * A screenshot `<name>.png` of the whole console (its main area scrolls on its own: the window is
   * made tall enough), or of the window only with `{ fullPage: false }`.
   */
  async screenshot(page, name, { fullPage = true } = {}) {
    const file = join(this.screenshots, `${name}.png`);
    if (!fullPage) {
      await page.screenshot({ path: file });
      console.log(`  screenshot ${file}`);
      return;
    }
    const viewport = page.viewportSize();
    const needed = await page.evaluate(() => {
      const main = document.getElementById("kc-main-content-page-container");
      return main ? main.getBoundingClientRect().top + main.scrollHeight : 0;
    });
    const grow = viewport && needed > viewport.height;
    if (grow) await page.setViewportSize({ width: viewport.width, height: Math.ceil(needed) });
    await page.screenshot({ path: file, fullPage: true });
    if (grow) await page.setViewportSize(viewport);
    console.log(`  screenshot ${file}`);
  }

  // ---- the REST API, to check what the console did ---------------------------------------------

  /** A token of a realm's user through `admin-cli` (direct grant; every realm has that client). */
  async userToken(realm, username, password = username) {
    const response = await fetch(`${this.baseUrl}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username, password }),
    });
    const body = await response.json().catch(() => ({}));
    check(response.ok, `${username} of ${realm} gets a token (${response.status} ${JSON.stringify(body)})`);
    return body.access_token;
  }

  /** A fresh token of the master realm's admin (master tokens live 60 s: one per call). */
  masterToken() {
    check(this.adminUser, "--admin=user:password is given");
    return this.userToken("master", this.adminUser, this.adminPassword);
  }

  /**
   * Calls the admin API (`path` after `/admin/realms/`, e.g. `acme/orgkit/policy`) with `token`
   * (the master admin's when omitted); answers `{ status, body }` (body parsed when JSON).
   */
  async adminApi(method, path, { token, body } = {}) {
    const bearer = token ?? (await this.masterToken());
    const headers = { Accept: "application/json", Authorization: `Bearer ${bearer}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${this.baseUrl}/admin/realms/${path.replace(/^\/+/, "")}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the text as it came
    }
    return { status: response.status, body: parsed };
  }

  /** The realm's orgkit policy as the API has it (master admin). */
  async policy(realm) {
    const answer = await this.adminApi("GET", `${encodeURIComponent(realm)}/orgkit/policy`);
    check(answer.status === 200, `GET ${realm}/orgkit/policy answers 200 (got ${answer.status} ${JSON.stringify(answer.body)})`);
    return answer.body;
  }

  /** Sets policy settings through the API (master admin), e.g. to restore what a scenario changed. */
  async setPolicy(realm, settings) {
    const answer = await this.adminApi("PUT", `${encodeURIComponent(realm)}/orgkit/policy`, { body: settings });
    check(answer.status === 200, `PUT ${realm}/orgkit/policy answers 200 (got ${answer.status} ${JSON.stringify(answer.body)})`);
    return answer.body;
  }
}

/** Fills Keycloak's login page: the username first (realms with organizations), then the password. */
export async function fillLogin(page, username, password = username) {
  await page.locator("#username").fill(username);
  const passwordField = page.locator("#password");
  if (!(await passwordField.isVisible())) {
    await page.locator("#kc-login").click();
  }
  await passwordField.fill(password);
  await page.locator("#kc-login").click();
}

/** A policy form field of the orgkit Policy page (its FormGroup and its input). */
export function setting(page, key) {
  return { group: page.getByTestId(`orgkit-setting-${key}`), input: page.locator(`#orgkit-setting-${key}`) };
}
