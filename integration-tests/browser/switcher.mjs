// The embeddable organization switcher (@orgkit/switcher's dist/orgkit-switcher.js) on an app's
// page, in Debian's Chromium, against the server under test.
//
//   node switcher.mjs <pageUrl> <foreignPageUrl> <keycloakBaseUrl> <screenshotsDir>
//
// SwitcherBrowserIT serves the page (sdk/switcher/example/index.html) on an origin that the token's
// client lists in its web origins, and the same page on a second origin that it does not list. bob
// (member of acme, which requires MFA, and admin of globex) starts without an active organization.
// Exits 1 when a check fails; the Java test then checks the session through the REST API.
import { Check, check, eventually, launch, Session } from "./lib/harness.mjs";

const [pageUrl, foreignUrl, keycloakBaseUrl, screenshots] = process.argv.slice(2);
if (!pageUrl || !foreignUrl || !keycloakBaseUrl || !screenshots) {
  console.error("usage: node switcher.mjs <pageUrl> <foreignPageUrl> <keycloakBaseUrl> <screenshotsDir>");
  process.exit(2);
}
const keycloak = new URL(keycloakBaseUrl).origin;
const session = new Session({ baseUrl: keycloakBaseUrl, realm: "unused", screenshots });

/** Every request the page sends to Keycloak, preflights included (Chromium's DevTools protocol reports them). */
async function recordKeycloakTraffic(context, page) {
  const seen = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const byId = new Map();
  cdp.on("Network.requestWillBeSent", (event) => {
    if (!event.request.url.startsWith(keycloak)) return;
    const entry = { id: event.requestId, type: event.type, method: event.request.method, url: event.request.url, status: null, headers: {} };
    byId.set(event.requestId, entry);
    seen.push(entry);
  });
  cdp.on("Network.responseReceived", (event) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.status = event.response.status;
    entry.headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  });
  cdp.on("Network.loadingFailed", (event) => {
    const entry = byId.get(event.requestId);
    if (entry) entry.failed = event.corsErrorStatus?.corsError ?? event.errorText;
  });
  return seen;
}

const describe = (entries) => entries.map((e) => `${e.type} ${e.method} ${e.url} -> ${e.status} ${e.failed ?? ""} acao=${e.headers["access-control-allow-origin"]}`).join("\n  ");

const browser = await launch();
let failed = false;
try {
  const { context, page } = await session.open(browser, "app");
  const traffic = await recordKeycloakTraffic(context, page);
  const origin = new URL(pageUrl).origin;
  await page.goto(pageUrl);

  const switcher = page.locator("orgkit-organization-switcher");
  const button = switcher.locator("button[part=trigger]");
  await eventually(async () => (await button.getAttribute("aria-busy")) === "false", "the switcher loads bob's organizations");
  check((await button.innerText()).includes("Personal account"), `bob starts without an active organization (button: ${await button.innerText()})`);
  check((await switcher.getByRole("alert").isHidden()), "no error after loading");

  // The list: acme and globex, with bob's role in each.
  await button.click();
  const listbox = switcher.getByRole("listbox", { name: "Switch organization" });
  await listbox.waitFor();
  check((await button.getAttribute("aria-expanded")) === "true", "the button says the listbox is open");
  const acme = listbox.getByRole("option", { name: /Acme/ });
  const globex = listbox.getByRole("option", { name: /Globex/ });
  check((await acme.innerText()).includes("Member"), `bob is a member of acme (${await acme.innerText()})`);
  check((await globex.innerText()).includes("Admin"), `bob is an admin of globex (${await globex.innerText()})`);
  check((await listbox.getByRole("option").count()) === 2, "only acme and globex are offered (bob has no active organization to leave)");
  await session.screenshot(page, "switcher-open");

  // Keyboard: Escape closes and gives the focus back; ArrowDown opens on the first choice.
  await page.keyboard.press("Escape");
  await listbox.waitFor({ state: "hidden" });
  check(await button.evaluate((b) => b.getRootNode().activeElement === b), "Escape gives the focus back to the button");
  await page.keyboard.press("ArrowDown");
  await listbox.waitFor();
  const highlighted = await listbox.getAttribute("aria-activedescendant");
  check(highlighted && (await acme.getAttribute("id")) === highlighted, "ArrowDown opens the list on its first choice, acme");

  // acme requires MFA and bob's session has no second factor: the API's error_description is shown.
  await page.keyboard.press("Enter");
  const alert = switcher.getByRole("alert");
  await alert.waitFor();
  const refusal = await alert.innerText();
  check(/requires multi-factor authentication/.test(refusal), `the switcher shows the API's mfa_required description (got "${refusal}")`);
  check((await button.innerText()).includes("Personal account"), "nothing changed after the refusal");
  await session.screenshot(page, "switcher-mfa-required");
  await switcher.getByRole("button", { name: "Dismiss" }).click();
  await alert.waitFor({ state: "hidden" });

  // bob switches to globex with clicks; the page's handler reads the refreshed token.
  await button.click();
  await listbox.getByRole("option", { name: /Globex/ }).click();
  await eventually(async () => (await button.innerText()).includes("Globex"), "the button shows globex after the switch");
  await eventually(async () => (await page.locator("#status").innerText()) === "Your token now says org_slug: globex",
    "the page's orgkit:organization-changed handler sees a token that already carries globex (refreshToken ran before the event)");
  check(await alert.isHidden(), "no error after a successful switch");
  check((await switcher.getAttribute("data-active-organization")) === "globex", "the element marks globex as active");
  await session.screenshot(page, "switcher-globex");

  // CORS as the browser did it: preflights from the page's origin, then the actual requests, all allowed.
  const put = traffic.filter((e) => e.method === "PUT" && e.url.endsWith("/orgkit/me/active-organization"));
  const get = traffic.filter((e) => e.method === "GET" && e.url.includes("/orgkit/me/organizations"));
  const preflights = traffic.filter((e) => e.method === "OPTIONS");
  check(get.length >= 1 && get.every((e) => e.status === 200 && e.headers["access-control-allow-origin"] === origin),
    `GET /me/organizations answered 200 with Access-Control-Allow-Origin ${origin}:\n  ${describe(traffic)}`);
  check(put.length === 2, `two PUTs went out (acme, globex):\n  ${describe(traffic)}`);
  check(put[0].status === 403 && put[0].headers["access-control-allow-origin"] === origin,
    `the refusal (403) carries Access-Control-Allow-Origin, so the page could read its error_description:\n  ${describe(traffic)}`);
  check(put[1].status === 200 && put[1].headers["access-control-allow-origin"] === origin, `the switch answered 200 with CORS:\n  ${describe(traffic)}`);
  const putPreflight = preflights.find((e) => e.url.endsWith("/orgkit/me/active-organization"));
  check(putPreflight && putPreflight.status === 200 && putPreflight.headers["access-control-allow-origin"] === origin
    && /PUT/.test(putPreflight.headers["access-control-allow-methods"] ?? "")
    && /authorization/i.test(putPreflight.headers["access-control-allow-headers"] ?? "")
    && /content-type/i.test(putPreflight.headers["access-control-allow-headers"] ?? ""),
    `Chromium preflighted the PUT and Keycloak allowed PUT with Authorization and Content-Type from ${origin}:\n  ${describe(traffic)}`);
  check(traffic.every((e) => !e.failed), `no request to Keycloak failed:\n  ${describe(traffic)}`);
  console.log(`  traffic to Keycloak from ${origin}:\n  ${describe(traffic)}`);
  await context.close();

  // The same page on an origin that the token's client does not list: the browser refuses the answer.
  const foreign = await session.open(browser, "foreign");
  const foreignTraffic = await recordKeycloakTraffic(foreign.context, foreign.page);
  await foreign.page.goto(foreignUrl);
  const foreignSwitcher = foreign.page.locator("orgkit-organization-switcher");
  const foreignAlert = foreignSwitcher.getByRole("alert");
  await foreignAlert.waitFor();
  const unreachable = await foreignAlert.innerText();
  check(/Could not reach the organization service/.test(unreachable), `the switcher on a foreign origin shows an error (got "${unreachable}")`);
  check((await foreignSwitcher.locator("button[part=trigger]").innerText()).includes("Personal account"), "and shows no organization");
  const refused = foreignTraffic.filter((e) => e.method === "GET" && e.url.includes("/orgkit/me/organizations"));
  check(refused.length >= 1 && refused.every((e) => e.failed && !e.headers["access-control-allow-origin"]),
    `the browser refused Keycloak's answer to ${new URL(foreignUrl).origin} (no Access-Control-Allow-Origin):\n  ${describe(foreignTraffic)}`);
  console.log(`  traffic to Keycloak from ${new URL(foreignUrl).origin}:\n  ${describe(foreignTraffic)}`);
  await session.screenshot(foreign.page, "switcher-foreign-origin");
  await foreign.context.close();
} catch (error) {
  failed = true;
  console.log(`FAILED: ${error instanceof Check ? error.message : error.stack}`);
} finally {
  await browser.close();
}
console.log(failed ? "switcher: failed" : "switcher: passed");
process.exit(failed ? 1 : 0);
