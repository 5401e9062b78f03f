// Small helpers for the account console browser tests: Chromium from Debian, sign-in, an app's
// tokens in the same browser session, polling for conditions, screenshots.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { chromium } from "playwright-core";

export const CHROMIUM = process.env.ORGKIT_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

/** Debian's Chromium; never a browser downloaded by Playwright. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export class Check extends Error {}

export function check(condition, message) {
  if (!condition) throw new Check(message);
}

/** Polls `probe` until it returns a truthy value (or throws `message` after `timeoutMs`). */
export async function eventually(probe, message, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Check(`${message}${last ? ` (last error: ${last.message})` : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export class Session {
  constructor({ baseUrl, realm, screenshots }) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.realm = realm;
    this.screenshots = screenshots;
    mkdirSync(screenshots, { recursive: true });
  }

  accountUrl(path = "") {
    return `${this.baseUrl}/realms/${encodeURIComponent(this.realm)}/account/${path}`;
  }

  /** A fresh browser context (its own cookies: its own Keycloak session) with one page. */
  async open(browser, label) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "en-US" });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.log(`[${label}] page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") console.log(`[${label}] console error: ${message.text()}`);
    });
    return { context, page };
  }

  /**
   * Opens an account console page and signs in on Keycloak's login page (username first when the
   * realm has organizations, then the password).
   */
  async signIn(page, username, password = username, path = "organizations") {
    await page.goto(this.accountUrl(path));
    await this.fillLogin(page, username, password);
    await page.locator("#orgkit-main").waitFor({ state: "visible", timeout: 30000 });
  }

  /** Fills Keycloak's login page: the username first, then the password on the same or the next page. */
  async fillLogin(page, username, password = username) {
    await page.locator("#username").fill(username);
    const password_ = page.locator("#password");
    if (!(await password_.isVisible())) {
      await page.locator("#kc-login").click();
    }
    await password_.fill(password);
    await page.locator("#kc-login").click();
  }

  async screenshot(page, name) {
    const file = join(this.screenshots, `${name}.png`);
    // The console scrolls inside its <main>, not the document: make the window tall enough for it.
    const viewport = page.viewportSize();
    const needed = await page.evaluate(() => {
      const main = document.getElementById("orgkit-main");
      return main ? main.getBoundingClientRect().top + main.scrollHeight : 0;
    });
    if (viewport && needed > viewport.height) {
      await page.setViewportSize({ width: viewport.width, height: Math.ceil(needed) });
    }
    await page.screenshot({ path: file, fullPage: true });
    if (viewport && needed > viewport.height) await page.setViewportSize(viewport);
    console.log(`  screenshot ${file}`);
  }

  /**
   * Tokens of an app (public client with PKCE) signed in through the browser context's Keycloak
   * session: the same user session the console works with.
   */
  async appTokens(context, clientId, scope = "openid") {
    const { page, finish } = await this.startAppSignIn(context, clientId, scope);
    return finish(page);
  }

  /**
   * Starts an app's sign-in (authorization code with PKCE) in a new page of the context; `finish`
   * waits for Keycloak's redirect back to the app and exchanges the code for tokens.
   */
  async startAppSignIn(context, clientId, scope = "openid") {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const redirectUri = `${this.baseUrl}/${clientId}/callback`;
    const state = randomBytes(8).toString("hex");
    const page = await context.newPage();
    const auth = new URL(`${this.baseUrl}/realms/${encodeURIComponent(this.realm)}/protocol/openid-connect/auth`);
    Object.entries({
      client_id: clientId,
      response_type: "code",
      scope,
      redirect_uri: redirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: "S256",
    }).forEach(([k, v]) => auth.searchParams.set(k, v));
    await page.goto(auth.href);
    const finish = async (current) => {
      // No app answers at the redirect URI; the code is read from the address Keycloak redirected to.
      await current.waitForURL((url) => url.href.startsWith(redirectUri));
      const answer = new URL(current.url());
      check(answer.searchParams.get("state") === state, "the authorization response carries our state");
      const code = answer.searchParams.get("code");
      check(code, `the app was signed in through the browser (got ${current.url()})`);
      await current.close();
      return this.token(clientId, {
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      });
    };
    return { page, finish };
  }

  refresh(clientId, tokens) {
    return this.token(clientId, { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
  }

  async token(clientId, form) {
    const response = await fetch(`${this.baseUrl}/realms/${encodeURIComponent(this.realm)}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: clientId, ...form }),
    });
    const body = await response.json();
    check(response.ok, `token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
    return body;
  }
}

export function claims(jwt) {
  return JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
}

/**
 * Every visible control in the console's main area and in open dialogs has an accessible name
 * (label, aria-label, aria-labelledby, title, or text for buttons and links).
 */
export async function assertControlsLabelled(page, where) {
  const unlabelled = await page.evaluate(() => {
    const scope = "#orgkit-main, [role=dialog]";
    const controls = document.querySelectorAll(
      [ "button", "input", "select", "textarea", "a[href]" ].flatMap((c) => scope.split(", ").map((s) => `${s} ${c}`)).join(", "),
    );
    const text = (id) => document.getElementById(id)?.textContent?.trim() ?? "";
    const problems = [];
    for (const el of controls) {
      if (el.type === "hidden" || !(el.offsetWidth || el.offsetHeight)) continue;
      const name =
        el.getAttribute("aria-label")?.trim() ||
        (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean).map(text).join(" ").trim() ||
        [...(el.labels ?? [])].map((l) => l.textContent.trim()).join(" ").trim() ||
        el.getAttribute("title")?.trim() ||
        (["BUTTON", "A"].includes(el.tagName) ? el.textContent.trim() : "");
      if (!name) problems.push(el.outerHTML.slice(0, 160));
    }
    return problems;
  });
  check(unlabelled.length === 0, `controls without an accessible name on ${where}:\n  ${unlabelled.join("\n  ")}`);
}

/** Presses Tab until the element matching `selector` has the focus: it is reachable by keyboard. */
export async function tabTo(page, selector, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Check(`${selector} cannot be reached with the Tab key`);
}
