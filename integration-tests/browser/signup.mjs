// Browser test of the orgkit sign-up allowlist on Keycloak's own registration page.
//
//   node signup.mjs <baseUrl> <realm> <screenshotsDir> <clientId>
//
// The realm must have registration on, the orgkit login theme, the demo realm's registration flow
// (with the orgkit-registration-allowlist form action), allowlist-enabled=true with
// allowlist=@partner.test, and the public client <clientId> whose redirect URI is
// <baseUrl>/<clientId>/callback. SignupBrowserIT prepares it. Exits 1 when a check fails.
import { check, Check, launch, Session } from "./lib/harness.mjs";

const [baseUrl, realm, screenshots, clientId] = process.argv.slice(2);
if (!baseUrl || !realm || !screenshots || !clientId) {
  console.error("usage: node signup.mjs <baseUrl> <realm> <screenshotsDir> <clientId>");
  process.exit(2);
}
const session = new Session({ baseUrl, realm, screenshots });
const redirectUri = `${session.baseUrl}/${clientId}/callback`;

function registrationUrl() {
  const url = new URL(`${session.baseUrl}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/registrations`);
  Object.entries({ client_id: clientId, response_type: "code", scope: "openid", redirect_uri: redirectUri })
    .forEach(([k, v]) => url.searchParams.set(k, v));
  return url.href;
}

async function fill(page, fields) {
  for (const [id, value] of Object.entries(fields)) {
    const input = page.locator(`#${id}`);
    if (await input.count()) await input.fill(value);
  }
}

const browser = await launch();
let failed = false;
try {
  console.log("scenario allowlist-registration");
  const { context, page } = await session.open(browser, "visitor");
  await page.goto(registrationUrl());
  await page.locator("#kc-register-form").waitFor();

  // An address off the list: refused on the email field, the other fields kept.
  await fill(page, {
    username: "stranger", email: "stranger@example.com", firstName: "Stan", lastName: "Ranger",
    password: "Stranger-pass-1", "password-confirm": "Stranger-pass-1",
  });
  await page.locator("#kc-register-form [type=submit]").click();
  const error = page.locator("#input-error-email");
  await error.waitFor();
  const text = (await error.innerText()).trim();
  check(/not allowed/.test(text), `the email field says the address is not allowed (got "${text}")`);
  check((await page.locator("#email").getAttribute("aria-invalid")) === "true", "the email field is marked invalid");
  check((await page.locator("#username").inputValue()) === "stranger", "the username is kept");
  await session.screenshot(page, "signup-refused");

  // An address of the allowed domain: the account is made and the app gets its code.
  await fill(page, {
    username: "pat", email: "pat@partner.test", password: "Pat-pass-12345", "password-confirm": "Pat-pass-12345",
  });
  await page.locator("#kc-register-form [type=submit]").click();
  await page.waitForURL((url) => url.href.startsWith(redirectUri), { timeout: 30000 });
  check(new URL(page.url()).searchParams.has("code"), "the app receives an authorization code");
  console.log("  passed");
  await context.close();
} catch (error) {
  failed = true;
  console.log(`  FAILED: ${error instanceof Check ? error.message : error.stack}`);
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      await page.screenshot({ path: `${screenshots}/failure-signup.png`, fullPage: true }).catch(() => undefined);
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
