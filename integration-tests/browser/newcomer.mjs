// What a newcomer does after the README's run command: sign in to the account console of the demo
// realm as its own users, in Debian's Chromium.
//
//   node newcomer.mjs <baseUrl> <first|restarted> <screenshotsDir>
//
// first:     alice sees her personal info and acme as its admin; bob sees acme and globex and
//            switches to globex in the header's organization switcher; carol has no organization,
//            is offered "Create organization" and creates "Carol Studio".
//            The admin (admin/admin) finds orgkit's pages in the admin console.
// restarted: after Ctrl-C and `bin/orgkit-dev --no-build`: the same users sign in again and find
//            what the first run left (carol's organization, bob's last active organization).
// .ci/newcomer runs both around a restart of the server. Exits 1 when a check fails.
import { check, claims, launch, Session } from "./lib/harness.mjs";

const REALM = "orgkit-demo";
const [baseUrl, phase, screenshots] = process.argv.slice(2);
if (!baseUrl || !["first", "restarted"].includes(phase) || !screenshots) {
  console.error("usage: node newcomer.mjs <baseUrl> <first|restarted> <screenshotsDir>");
  process.exit(2);
}
const session = new Session({ baseUrl, realm: REALM, screenshots });
const row = (page, slug) => page.getByTestId(`org-${slug}`);
const switcher = (page) => page.getByTestId("org-switcher");

/** Signs in at the console's landing page (Personal info), the first page the README points to. */
async function signInAtLanding(page, username) {
  await page.goto(session.accountUrl());
  await session.fillLogin(page, username);
  await page.locator("#orgkit-main").waitFor({ state: "visible", timeout: 30000 });
  // The personal info form is filled from the account API: it fails for a user without manage-account.
  const email = page.locator("#orgkit-main input[name='email'], #orgkit-main #email").first();
  await email.waitFor({ timeout: 20000 });
  await page.waitForFunction(() => {
    const input = document.querySelector("#orgkit-main input[name='email'], #orgkit-main #email");
    return input && input.value !== "";
  });
  const value = await email.inputValue();
  check(value === `${username}@example.com`, `${username}'s personal info shows ${username}@example.com (got "${value}")`);
  check((await page.getByText("Something went wrong").count()) === 0, `${username}'s console shows no error`);
}

async function openOrganizations(page) {
  await page.getByTestId("nav-organizations").click();
  await page.getByTestId("organizations-table").or(page.getByText("You are not a member of any organization yet.")).waitFor();
}

async function switcherSays(page, text, who) {
  await page.waitForFunction(
    (expected) => document.querySelector("[data-testid=org-switcher]")?.textContent?.includes(expected),
    text,
    { timeout: 15000 },
  ).catch(() => undefined);
  const shown = (await switcher(page).innerText()).trim();
  check(shown.includes(text), `${who}'s header switcher shows "${text}" (got "${shown}")`);
}

const first = {
  async alice(browser) {
    const { context, page } = await session.open(browser, "alice");
    await signInAtLanding(page, "alice");
    await switcherSays(page, "Acme", "alice");
    await session.screenshot(page, "newcomer-alice-personal-info");
    await openOrganizations(page);
    await row(page, "acme").waitFor();
    const role = await row(page, "acme").getByTestId("role-label").getAttribute("title");
    check(role === "org:admin", `alice is org:admin of acme (got ${role})`);
    check(await row(page, "acme").getByTestId("active-label").isVisible(), "acme, alice's only organization, is her active one");
    await session.screenshot(page, "newcomer-alice-organizations");

    // acme's only admin cannot leave while bob stays behind, and the page says why
    await row(page, "acme").getByRole("button", { name: "Leave Acme" }).click();
    await page.getByRole("dialog", { name: "Leave Acme?" }).getByTestId("confirm").click();
    const error = page.getByTestId("organizations-error");
    await error.waitFor();
    check(/left without anyone who can manage its members/.test(await error.innerText()), "the last-admin error is shown");
    await session.screenshot(page, "leave-last-admin");

    await row(page, "acme").getByRole("link", { name: "Acme" }).click();
    await page.locator("#orgkit-settings-name").waitFor();
    check((await page.locator("#orgkit-settings-name").inputValue()) === "Acme", "alice sees acme's settings");
    await session.screenshot(page, "organization-settings");
    await page.getByRole("tab", { name: "Members" }).click();
    await page.getByTestId("member-bob").waitFor();
    await page.getByTestId("member-alice").waitFor();
    await session.screenshot(page, "organization-members");
    await context.close();
  },

  async bob(browser) {
    const { context, page } = await session.open(browser, "bob");
    await signInAtLanding(page, "bob");
    await openOrganizations(page);
    await row(page, "acme").waitFor();
    await row(page, "globex").waitFor();
    await switcher(page).click();
    await page.getByTestId("org-switcher-item-acme").waitFor();
    await page.getByTestId("org-switcher-item-globex").waitFor();
    await page.getByTestId("org-switcher-manage").or(page.getByTestId("org-switcher-clear")).or(page.getByTestId("org-switcher-create")).first().waitFor();
    await session.screenshot(page, "header-organization-switcher");
    await page.getByTestId("org-switcher-item-globex").click();
    // The page below follows the header at once, without a reload.
    await row(page, "globex").getByTestId("active-label").waitFor();
    check(!(await row(page, "acme").getByTestId("active-label").isVisible()), "acme is no longer shown active");
    await switcherSays(page, "Globex", "bob");
    await session.screenshot(page, "organizations");
    await page.reload();
    await row(page, "globex").getByTestId("active-label").waitFor();
    await switcherSays(page, "Globex", "bob after a reload");
    await context.close();
  },

  async carol(browser) {
    const { context, page } = await session.open(browser, "carol");
    await signInAtLanding(page, "carol");
    await openOrganizations(page);
    await page.getByText("You are not a member of any organization yet.").waitFor();
    await switcher(page).click();
    await page.getByTestId("org-switcher-create").waitFor();
    await session.screenshot(page, "newcomer-carol-no-organization");
    await page.keyboard.press("Escape");
    await page.getByTestId("create-organization").click();
    const dialog = page.getByRole("dialog", { name: "Create organization" });
    await dialog.waitFor();
    await dialog.getByLabel("Name").fill("Carol Studio");
    await session.screenshot(page, "create-organization");
    await dialog.getByRole("button", { name: "Create" }).click();
    await dialog.waitFor({ state: "detached" });
    await row(page, "carol-studio").waitFor();
    const role = await row(page, "carol-studio").getByTestId("role-label").getAttribute("title");
    check(role === "org:admin", `carol is org:admin of the organization she created (got ${role})`);
    await switcherSays(page, "Carol Studio", "carol");
    await context.close();
  },
};

/**
 * The README's admin console (admin/admin): Keycloak's own console of the master realm, with
 * orgkit's navigation group and pages for the demo realm (bin/orgkit-dev gives master the orgkit
 * admin theme once the server is up).
 */
async function adminSeesOrgkitPages(browser) {
  const { context, page } = await session.open(browser, "admin");
  await page.goto(`${session.baseUrl}/admin/master/console/#/${REALM}/orgkit/roles`);
  await session.fillLogin(page, "admin");
  await page.locator("#nav-item-clients").waitFor({ timeout: 30000 });
  await page.locator("#nav-item-orgkit-roles").waitFor({ timeout: 15000 });
  const matrix = page.getByTestId("orgkit-roles-matrix");
  await matrix.waitFor({ timeout: 15000 });
  for (const role of ["org:admin", "org:member"]) {
    check((await matrix.getByTestId(`orgkit-role-${role}`).count()) === 1, `the roles matrix shows ${role}`);
  }
  await page.locator("#nav-item-orgkit-organizations").click();
  await page.getByTestId("orgkit-organization-acme").waitFor({ timeout: 15000 });
  await session.screenshot(page, "newcomer-admin-console");
  await context.close();
}
first.admin = adminSeesOrgkitPages;

const restarted = {
  async alice(browser) {
    const { context, page } = await session.open(browser, "alice");
    await signInAtLanding(page, "alice");
    await openOrganizations(page);
    await row(page, "acme").waitFor();
    await context.close();
  },

  async carol(browser) {
    const { context, page } = await session.open(browser, "carol");
    await signInAtLanding(page, "carol");
    await openOrganizations(page);
    await row(page, "carol-studio").waitFor();
    await switcherSays(page, "Carol Studio", "carol after the restart");
    await session.screenshot(page, "newcomer-carol-after-restart");
    await context.close();
  },

  /** A new session of bob's starts in the organization he had active last: globex. */
  async bob() {
    const tokens = await session.token("orgkit-demo-cli", { grant_type: "password", username: "bob", password: "bob" });
    const token = claims(tokens.access_token);
    check(token.org_slug === "globex", `bob's new token after the restart speaks for globex (got ${token.org_slug})`);
  },
};

const browser = await launch();
let failed = 0;
let passed = 0;
try {
  for (const [name, run] of Object.entries(phase === "first" ? first : restarted)) {
    try {
      await run(browser);
      passed++;
      console.log(`  ok   ${phase}: ${name}`);
    } catch (error) {
      failed++;
      console.log(`  FAIL ${phase}: ${name}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`newcomer ${phase}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
