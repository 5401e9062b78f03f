// Browser tests of the example multi-tenant app (examples/multitenant-app) as its users meet it:
// Keycloak's real login page, the app's pages, the embedded organization switcher.
//
//   node example-app.mjs <appUrl> <keycloakBaseUrl> <realm> <screenshotsDir> [--admin=user:pass]
//        [--acme=<org id>] [--user=<user id>] scenario ...
//
// MultitenantAppBrowserIT starts the app against a copy of the demo realm and runs the scenarios in
// order: bob's globex invoice (first scenario) is what alice must not see (second).
import { Check, check, eventually, launch, Session } from "./lib/harness.mjs";

const options = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith("--")).map((a) => {
  const [key, ...value] = a.slice(2).split("=");
  return [key, value.join("=")];
}));
const [appUrl, keycloakUrl, realm, screenshots, ...only] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!appUrl || !keycloakUrl || !realm || !screenshots || only.length === 0) {
  console.error("usage: node example-app.mjs <appUrl> <keycloakBaseUrl> <realm> <screenshotsDir> [--admin=u:p] [--acme=id] [--user=id] scenario ...");
  process.exit(2);
}
const session = new Session({ baseUrl: keycloakUrl, realm, screenshots });
const app = (path) => new URL(path, appUrl).href;
const started = Date.now();
const step = (what) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1)}s ${what}`);

/** A screenshot once the header's switcher has loaded. */
async function shot(page, name) {
  await switcher(page);
  await session.screenshot(page, name);
}

/** bob's invoice in globex: alice, in acme, must never see it. */
const GLOBEX_CUSTOMER = "Initech (globex only)";
const ACME_CUSTOMER = "Wayne Enterprises";

/** Signs in from the app's home page through Keycloak's login page; back on the app afterwards. */
async function signIn(page, username) {
  step(`${username} opens the app`);
  await page.goto(app("/"));
  await page.locator("#sign-in").click();
  await page.waitForURL((url) => url.href.startsWith(keycloakUrl), { timeout: 30000 });
  check(new URL(page.url()).searchParams.get("code_challenge_method") === "S256", "the app signs in with PKCE (S256)");
  step(`${username} is on Keycloak's login page`);
  await session.fillLogin(page, username);
  await page.waitForURL((url) => url.href.startsWith(appUrl) && !url.pathname.startsWith("/callback"), { timeout: 30000 });
  check((await page.locator("#signed-in-user").innerText()).length > 0, `${username} is signed in to the app`);
  step(`${username} is signed in`);
}

/** The header's switcher once it has loaded the user's organizations. */
async function switcher(page) {
  const element = page.locator("orgkit-organization-switcher");
  const button = element.getByRole("button");
  await eventually(async () => (await button.getAttribute("aria-busy")) === "false", "the switcher loads the user's organizations");
  const alert = element.getByRole("alert");
  if (!(await alert.isHidden())) {
    throw new Check(`the switcher shows an error: ${await alert.innerText()}`);
  }
  return { element, button };
}

/** Picks an organization in the switcher; the app refreshes its token and the page reloads. */
async function switchTo(page, name) {
  step(`switching to ${name}`);
  const { element, button } = await switcher(page);
  const reloaded = page.waitForEvent("load");
  await button.click();
  await element.getByRole("listbox", { name: "Switch organization" }).getByRole("option", { name: new RegExp(name) }).click();
  await reloaded;
  step(`switched to ${name}; the page reloaded`);
}

async function status(page) {
  return (await page.reload()).status();
}

async function invoiceCustomers(page) {
  if (await page.locator("#no-invoices").isVisible()) return [];
  return page.locator("#invoices tbody tr td:first-child").allInnerTexts();
}

async function createInvoice(page, customer, amount) {
  await page.locator("#new-invoice input[name=customer]").fill(customer);
  await page.locator("#new-invoice input[name=amount]").fill(amount);
  await page.locator("#new-invoice button[type=submit]").click();
  await page.waitForLoadState("load");
}

async function adminToken() {
  const [username, password] = (options.admin ?? "").split(":");
  const response = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username, password }),
  });
  check(response.ok, `the admin signs in (${response.status})`);
  return (await response.json()).access_token;
}

const scenarios = {
  /**
   * bob has two organizations and no active one: the app asks him to choose. In acme he is a plain
   * member without org:invoices:read (the app's 403 page); in globex, an admin, he sees and creates
   * globex's invoices once the switch has refreshed his token.
   */
  async "bob-switches-organization"(browser) {
    const { context, page } = await session.open(browser, "bob");
    await signIn(page, "bob");
    await page.locator("#no-organization").waitFor();
    check((await (await switcher(page)).button.innerText()).includes("Personal account"), "the switcher shows no active organization");
    check(await status(page) === 403, "the invoices page answers 403 without an active organization");
    await shot(page, "example-app-no-organization");

    await switchTo(page, "Acme");
    await page.locator("#forbidden-reason").waitFor();
    const reason = await page.locator("#forbidden-reason").innerText();
    check(reason.includes("org:member") && reason.includes("requires permission org:invoices:read"),
      `the 403 page names bob's role and the missing permission (got "${reason}")`);
    check(await status(page) === 403, "the app's 403 page is an HTTP 403");
    check((await (await switcher(page)).button.innerText()).includes("Acme"), "the switcher shows acme as active");
    await shot(page, "example-app-forbidden");

    await switchTo(page, "Globex");
    await page.locator("#org-name").waitFor();
    check((await page.locator("#org-name").innerText()) === "Globex", "after the switch the page shows globex's invoices");
    check((await invoiceCustomers(page)).length === 0, "globex has no invoices yet");
    await createInvoice(page, GLOBEX_CUSTOMER, "250");
    await eventually(async () => (await invoiceCustomers(page)).includes(GLOBEX_CUSTOMER), "bob's new invoice is listed in globex");
    check((await page.locator("#signed-in-user").innerText()).includes("org:admin"), "the header shows bob's role in globex");
    await shot(page, "example-app-globex-invoices");
    await context.close();
  },

  /**
   * alice (admin of acme, her only organization) sees acme's invoices only, creates one, invites a
   * teammate, and signs out.
   */
  async "alice-works-in-acme"(browser) {
    const { context, page } = await session.open(browser, "alice");
    await signIn(page, "alice");
    await page.locator("#org-name").waitFor();
    check((await page.locator("#org-name").innerText()) === "Acme", "alice lands on acme's invoices");
    check(!(await invoiceCustomers(page)).includes(GLOBEX_CUSTOMER), "alice does not see globex's invoice");

    await createInvoice(page, ACME_CUSTOMER, "1200.50");
    await eventually(async () => (await invoiceCustomers(page)).includes(ACME_CUSTOMER), "alice's invoice is listed");
    const customers = await invoiceCustomers(page);
    check(customers.length === 1 && !customers.includes(GLOBEX_CUSTOMER), `acme lists only its own invoice (got ${customers})`);
    check((await page.locator("#invoices tbody tr td:nth-child(2)").first().innerText()) === "$1,200.50", "the amount is shown in dollars");

    await createInvoice(page, "Bad amount", "lots");
    check((await page.locator("#form-error").innerText()).includes("Amount must be a number"), "bad input gets the form's own message");
    await shot(page, "example-app-acme-invoices");

    await page.goto(app("/team"));
    const members = await page.locator("#members tbody tr td:first-child").allInnerTexts();
    check(members.includes("alice") && members.includes("bob"), `the team page lists acme's synced members (got ${members})`);
    const teammate = `teammate-${Date.now().toString(36)}@example.com`;
    await page.locator("#invite input[name=email]").fill(teammate);
    await page.locator("#invite select[name=role]").selectOption("org:billing");
    await page.locator("#invite button[type=submit]").click();
    await page.locator("#invite-result").waitFor();
    check((await page.locator("#invite-result").innerText()).includes(teammate), "the invitation is confirmed");
    await shot(page, "example-app-invite");

    await page.locator("#invite input[name=email]").fill("bob@example.com");
    await page.locator("#invite button[type=submit]").click();
    await page.locator("#invite-error").waitFor();
    const refusal = await page.locator("#invite-error").innerText();
    check(refusal === "bob@example.com already is a member of this organization", `the API's error text is shown (got "${refusal}")`);

    // signing out ends the Keycloak session too: the next visit asks for the password again
    await page.locator("#sign-out").click();
    await page.waitForURL((url) => url.href === app("/"));
    await page.locator("#sign-in").waitFor();
    await page.goto(app("/invoices"));
    await page.waitForURL((url) => url.href.startsWith(keycloakUrl));
    check(await page.locator("#username").isVisible(), "after signing out, Keycloak's login page asks again");
    await context.close();
  },

  /**
   * dave (org:billing in acme) sees acme's invoices; a realm admin removes him from acme. His token
   * still says acme until it is refreshed: at the refresh the app learns he has no organization.
   */
  async "removed-member-loses-access"(browser) {
    check(options.acme && options.user && options.admin, "--acme, --user and --admin are given");
    const { context, page } = await session.open(browser, "dave");
    await signIn(page, "dave");
    await page.locator("#org-name").waitFor();
    check((await invoiceCustomers(page)).includes(ACME_CUSTOMER), "dave sees acme's invoices");
    check(await page.locator("#new-invoice").isVisible(), "org:billing may create invoices");

    const removed = await fetch(`${keycloakUrl}/admin/realms/${encodeURIComponent(realm)}/orgkit/organizations/${options.acme}/members/${options.user}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${await adminToken()}` },
    });
    check(removed.status === 204, `the admin removes dave from acme (${removed.status})`);

    const refreshed = await page.evaluate(async () => {
      const csrf = document.querySelector('meta[name="csrf-token"]').content;
      return (await fetch("/auth/refresh", { method: "POST", headers: { "x-csrf-token": csrf } })).status;
    });
    check(refreshed === 200, `the app refreshes dave's token (${refreshed})`);
    await page.goto(app("/invoices"));
    await page.locator("#no-organization").waitFor();
    check(await status(page) === 403, "acme's invoices are refused after the refresh");
    const { element, button } = await switcher(page);
    await button.click();
    const offered = await element.getByRole("listbox").getByRole("option").allInnerTexts();
    check(!offered.some((o) => o.includes("Acme")), `the switcher no longer offers acme (offers ${offered})`);
    await page.keyboard.press("Escape");
    await shot(page, "example-app-removed-member");
    await context.close();
  },
};

const unknown = only.filter((name) => !scenarios[name]);
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(", ")}; known: ${Object.keys(scenarios).join(", ")}`);
  process.exit(2);
}
const browser = await launch();
let failed = 0;
try {
  for (const name of only) {
    console.log(`scenario ${name}`);
    try {
      await scenarios[name](browser);
      console.log(`  passed`);
    } catch (error) {
      failed++;
      console.log(`  FAILED: ${error instanceof Check ? error.message : error.stack}`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
