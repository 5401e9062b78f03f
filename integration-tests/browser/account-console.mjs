// Browser tests of the orgkit account console against a real Keycloak with the demo realm.
//
//   node account-console.mjs <baseUrl> <realm> <screenshotsDir> [--smtp-port=N] [scenario ...]
//
// Runs every scenario (or the named ones) in Debian's Chromium; exits 1 when one fails.
// AccountConsoleBrowserIT runs it against the integration-test server; the realm must be a copy of
// the demo realm plus the public test client below, the orgkit login and email themes, the user
// frank, and an SMTP server at 127.0.0.1:<smtp-port> (this script listens there while it runs).
import { assertControlsLabelled, check, Check, claims, eventually, launch, Session, tabTo } from "./lib/harness.mjs";
import { startSmtpSink } from "./lib/smtp.mjs";

/** Public client with the orgkit scope, standing for an application in the same browser session. */
export const TEST_APP = "orgkit-browser-test";

const options = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const [baseUrl, realm, screenshots, ...only] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const smtpPort = Number(options.find((o) => o.startsWith("--smtp-port="))?.split("=")[1] ?? 0);
if (!baseUrl || !realm || !screenshots) {
  console.error("usage: node account-console.mjs <baseUrl> <realm> <screenshotsDir> [--smtp-port=N] [scenario ...]");
  process.exit(2);
}
const session = new Session({ baseUrl, realm, screenshots });

const row = (page, slug) => page.getByTestId(`org-${slug}`);

/** A 16×16 PNG (a white square on blue). */
const LOGO_PNG = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAJElEQVR4XmOQz7/wnxLMgC5AKh6EBhAC6OpHDRieBpCKh4EBAN3yxN9OTKbKAAAAAElFTkSuQmCC";

const scenarios = {
  /** bob switches his active organization from acme to globex; his app's next token says globex. */
  async "bob-switches-organization"(browser) {
    const { context, page } = await session.open(browser, "bob");
    await session.signIn(page, "bob");
    await row(page, "acme").waitFor();
    await row(page, "globex").waitFor();
    // (bob's role in acme is left alone: another scenario changes it.)
    check((await row(page, "globex").getByTestId("role-label").getAttribute("title")) === "org:admin", "bob is an admin of globex");
    await assertControlsLabelled(page, "the organizations page");

    // bob has two organizations and no active one yet; he starts in acme.
    if (!(await row(page, "acme").getByTestId("active-label").isVisible())) {
      await row(page, "acme").getByTestId("make-active").click();
      await row(page, "acme").getByTestId("active-label").waitFor();
    }
    const app = await session.appTokens(context, TEST_APP);
    check(claims(app.access_token).org_slug === "acme", "the app's token carries org_slug acme before the switch");

    await row(page, "globex").getByRole("button", { name: "Make Globex your active organization" }).click();
    // The page shows the new state at once, without a reload.
    await row(page, "globex").getByTestId("active-label").waitFor();
    await row(page, "acme").getByTestId("active-label").waitFor({ state: "detached" });
    await row(page, "acme").getByTestId("make-active").waitFor();
    await session.screenshot(page, "organizations");

    const refreshed = await session.refresh(TEST_APP, app);
    const after = claims(refreshed.access_token);
    check(after.org_slug === "globex", `a refreshed token carries org_slug globex (got ${after.org_slug})`);
    check(after.org_role === "org:admin", `and bob's role there, org:admin (got ${after.org_role})`);

    await page.reload();
    await row(page, "globex").getByTestId("active-label").waitFor();
    check(!(await row(page, "acme").getByTestId("active-label").isVisible()), "after a reload globex is still the active one");
    await context.close();
  },

  /**
   * bob signs in to an app that asks for Keycloak's `organization` scope: he picks globex on the
   * login page, the app's token carries it, and his console shows it as the active organization.
   */
  async "bob-picks-organization-at-login"(browser) {
    const { context, page: console_ } = await session.open(browser, "bob");
    const { page, finish } = await session.startAppSignIn(context, TEST_APP, "openid organization");
    // Keycloak asks for the username, then which of bob's organizations, then the password.
    await page.locator("#username").fill("bob");
    await page.locator("#kc-login").click();
    await page.locator("#kc-user-organizations").waitFor();
    check(await page.locator("#organization-acme").isVisible(), "acme is offered");
    await session.screenshot(page, "login-select-organization");
    await page.locator("#organization-globex").click();
    await page.locator("#password").fill("bob");
    await page.locator("#kc-login").click();
    const tokens = await finish(page);
    const token = claims(tokens.access_token);
    check(token.org_slug === "globex", `the app's token carries the organization bob picked (got ${token.org_slug})`);

    await console_.goto(session.accountUrl("organizations"));
    await row(console_, "globex").getByTestId("active-label").waitFor();
    check(!(await row(console_, "acme").getByTestId("active-label").isVisible()), "only globex is active");
    await context.close();
  },

  /** alice (acme's only admin) cannot leave; she makes bob an admin and bob's console shows his new role. */
  async "alice-changes-bobs-role"(browser) {
    const bob = await session.open(browser, "bob");
    await session.signIn(bob.page, "bob");
    await row(bob.page, "acme").waitFor();
    check((await row(bob.page, "acme").getByTestId("role-label").getAttribute("title")) === "org:member", "bob starts as a member of acme");

    const { context, page } = await session.open(browser, "alice");
    await session.signIn(page, "alice");

    // alice is acme's only admin and bob stays behind: she cannot leave, and the page says why.
    await row(page, "acme").getByRole("button", { name: "Leave Acme" }).click();
    await page.getByRole("dialog", { name: "Leave Acme?" }).getByTestId("confirm").click();
    const error = page.getByTestId("organizations-error");
    await error.waitFor();
    check(/left without anyone who can manage its members/.test(await error.innerText()), "the last-admin error is shown");
    check(await row(page, "acme").isVisible(), "alice is still in acme");
    await session.screenshot(page, "leave-last-admin");

    await row(page, "acme").getByRole("link", { name: "Acme" }).click();
    await page.getByTestId("settings-form").waitFor();
    await page.locator("#orgkit-settings-name").waitFor();
    check((await page.locator("#orgkit-settings-name").inputValue()) === "Acme", "alice sees acme's settings");
    await assertControlsLabelled(page, "the organization settings");
    await session.screenshot(page, "organization-settings");

    // the MFA switch saves at once; it is switched back so the other scenarios keep acme without MFA
    const mfa = page.locator("#orgkit-settings-mfa");
    await mfa.waitFor({ state: "attached" });
    check(!(await mfa.isChecked()), "acme does not require MFA yet");
    await mfa.click({ force: true });
    await page.getByText("Members now need multi-factor authentication.").first().waitFor();
    await eventually(async () => await mfa.isChecked(), "the switch shows MFA required");
    await session.screenshot(page, "organization-settings-mfa");
    await mfa.click({ force: true });
    await page.getByText("Members no longer need multi-factor authentication.").first().waitFor();
    await eventually(async () => !(await mfa.isChecked()), "the switch shows MFA not required");

    await page.getByRole("tab", { name: "Members" }).click();
    await page.getByTestId("members-table").waitFor();
    const search = page.getByRole("textbox", { name: "Search members" });
    await search.fill("bob");
    await search.press("Enter");
    await eventually(async () => (await page.getByTestId("members-table").locator("tbody tr").count()) === 1, "the search finds only bob");
    const bobRow = page.getByTestId("member-bob");
    const role = bobRow.getByRole("combobox", { name: "Role of bob" });
    check((await role.inputValue()) === "org:member", "bob's role is org:member");
    await role.selectOption("org:admin");
    await page.getByText("bob is now Admin").first().waitFor();
    await search.fill("");
    await search.press("Enter");
    await page.getByTestId("member-alice").waitFor();
    await assertControlsLabelled(page, "the members tab");
    await session.screenshot(page, "organization-members");

    await bob.page.reload();
    await eventually(
      async () => (await row(bob.page, "acme").getByTestId("role-label").getAttribute("title")) === "org:admin",
      "bob's console shows him as an admin of acme",
    );
    check((await row(bob.page, "acme").getByTestId("role-label").innerText()).trim() === "Admin", "bob's role reads Admin");
    await bob.context.close();
    await context.close();
  },

  /** carol creates an organization (the demo policy allows one); a reserved slug is refused with a clear message. */
  async "carol-creates-organization"(browser) {
    const { context, page } = await session.open(browser, "carol");
    await session.signIn(page, "carol");
    await page.getByText("You are not a member of any organization yet.").waitFor();

    // Keyboard only: reach the button, open the dialog, type.
    await tabTo(page, "[data-testid=create-organization]");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Create organization" });
    await dialog.waitFor();
    await eventually(() => page.evaluate(() => document.activeElement?.id === "orgkit-org-name"), "the name field has the focus");
    await page.keyboard.type("Carol Corp");
    await page.keyboard.press("Tab");
    check(await page.evaluate(() => document.activeElement?.id === "orgkit-org-slug"), "Tab moves to the slug field");
    await page.keyboard.type("admin");
    const slugError = dialog.getByTestId("slug-error");
    await slugError.waitFor();
    const text = await slugError.innerText();
    check(/"admin" is reserved/.test(text), `the reserved slug is refused with a clear message (got "${text}")`);
    check(await dialog.getByRole("button", { name: "Create" }).isDisabled(), "Create stays disabled while the slug is refused");
    await assertControlsLabelled(page, "the create organization dialog");
    await session.screenshot(page, "create-organization");

    await dialog.getByLabel("Slug").fill("Carol--Corp");
    check(/two hyphens|lowercase/.test(await slugError.innerText()), "other slug rules are checked as the user types");
    await dialog.getByLabel("Slug").fill("carol-corp");
    await slugError.waitFor({ state: "detached" });
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await row(page, "carol-corp").waitFor();
    check((await row(page, "carol-corp").getByTestId("role-label").getAttribute("title")) === "org:admin", "carol is the admin of her organization");
    // The demo policy lets a user create one organization: the button is gone now.
    await page.getByText("You have created as many organizations as you may (1).").waitFor();
    check((await page.getByTestId("create-organization").count()) === 0, "no create button once the limit is reached");
    await context.close();
  },

  /**
   * alice invites a new address and an existing user at once; the new one opens the emailed link in
   * another browser, registers, and finds acme in the console; frank accepts under My invitations.
   */
  async "alice-invites-new-address"(browser) {
    const mail = await startSmtpSink(smtpPort);
    try {
      const { context, page } = await openInvitations(browser);
      await page.getByLabel("Email addresses").fill("dave@example.com,\nfrank@example.com");
      await page.getByRole("button", { name: "Send 2 invitations" }).click();
      await page.getByTestId("invitation-dave@example.com").waitFor();
      await page.getByTestId("invitation-frank@example.com").waitFor();
      check((await page.getByTestId("invitation-dave@example.com").getByTestId("invitation-status").innerText()).trim() === "Pending",
        "dave's invitation is pending");
      await assertControlsLabelled(page, "the invitations tab");
      await session.screenshot(page, "organization-invitations");

      // The invitee, in a browser of their own, follows the emailed link and registers.
      const link = await mail.invitationLink("dave@example.com");
      const invitee = await session.open(browser, "dave");
      await invitee.page.goto(link);
      await invitee.page.locator("#orgkit-invitation[data-state=sign-in]").waitFor();
      await session.screenshot(invitee.page, "invitation-link");
      await invitee.page.locator("#orgkit-register").click();
      await invitee.page.locator("#orgkit-invitation-register").waitFor();
      check((await invitee.page.locator("#email").inputValue()) === "dave@example.com", "the invited address is fixed");
      for (const [field, value] of Object.entries({ username: "dave", firstName: "Dave", lastName: "Diaz" })) {
        const input = invitee.page.locator(`#${field}`);
        if (await input.count()) await input.fill(value);
      }
      await invitee.page.locator("#password").fill("dave-Passw0rd!");
      await invitee.page.locator("#password-confirm").fill("dave-Passw0rd!");
      await session.screenshot(invitee.page, "invitation-register");
      await invitee.page.locator("#orgkit-register-submit").click();
      await invitee.page.waitForURL((url) => url.pathname.includes(`/realms/${realm}/account`), { timeout: 30000 });
      await invitee.page.goto(session.accountUrl("organizations"));
      await row(invitee.page, "acme").waitFor();
      check((await row(invitee.page, "acme").getByTestId("role-label").getAttribute("title")) === "org:member", "dave joined acme as a member");
      await row(invitee.page, "acme").getByTestId("active-label").waitFor();
      await session.screenshot(invitee.page, "invitee-organizations");
      await invitee.context.close();

      // frank, who has an account, accepts in the console.
      const frank = await session.open(browser, "frank");
      await session.signIn(frank.page, "frank", "frank", "invitations");
      const item = frank.page.getByTestId("my-invitation-Acme");
      await item.waitFor();
      await assertControlsLabelled(frank.page, "my invitations");
      await session.screenshot(frank.page, "my-invitations");
      await item.getByRole("button", { name: "Accept the invitation to Acme" }).click();
      await frank.page.getByText("You joined Acme.").first().waitFor();
      await item.waitFor({ state: "detached" });
      await frank.page.getByTestId("nav-organizations").click();
      await row(frank.page, "acme").getByTestId("active-label").waitFor();
      await frank.context.close();

      // alice sees both invitations accepted.
      await page.getByRole("combobox", { name: "Filter by status" }).selectOption("accepted");
      await eventually(async () => (await page.getByTestId("invitation-dave@example.com").getByTestId("invitation-status").innerText()).trim() === "Accepted",
        "alice sees dave's invitation accepted");
      await page.getByTestId("invitation-frank@example.com").waitFor();
      await context.close();
    } finally {
      await mail.close();
    }
  },

  /** A resent invitation gets a new link (the old one stops working); a revoked one is gone from the pending list. */
  async "alice-resends-and-revokes"(browser) {
    const mail = await startSmtpSink(smtpPort);
    try {
      const { context, page } = await openInvitations(browser);
      await page.getByLabel("Email addresses").fill("gina@example.com");
      await page.getByRole("button", { name: "Send invitation" }).click();
      const gina = page.getByTestId("invitation-gina@example.com");
      await gina.waitFor();
      const first = await mail.invitationLink("gina@example.com", 1);

      await gina.getByRole("button", { name: "Resend the invitation to gina@example.com" }).click();
      await page.getByText("A new invitation was sent to gina@example.com").first().waitFor();
      const second = await mail.invitationLink("gina@example.com", 2);
      check(first !== second, "the resent email has a new link");
      const stranger = await session.open(browser, "gina");
      await stranger.page.goto(first);
      await stranger.page.locator("#orgkit-invitation[data-state=invalid]").waitFor();
      await stranger.page.goto(second);
      await stranger.page.locator("#orgkit-invitation[data-state=sign-in]").waitFor();
      await stranger.context.close();

      await gina.getByRole("button", { name: "Revoke the invitation to gina@example.com" }).click();
      await page.getByRole("dialog", { name: "Revoke the invitation to gina@example.com?" }).getByTestId("confirm").click();
      await gina.waitFor({ state: "detached" });
      await page.getByRole("combobox", { name: "Filter by status" }).selectOption("revoked");
      await eventually(async () => (await page.getByTestId("invitation-gina@example.com").getByTestId("invitation-status").innerText()).trim() === "Revoked",
        "the invitation shows as revoked");
      await context.close();
    } finally {
      await mail.close();
    }
  },

  /** When the email cannot be sent (nothing listens on the SMTP port), the inviter gets the link to pass on. */
  async "invitation-email-not-sent"(browser) {
    const { context, page } = await openInvitations(browser);
    await page.getByLabel("Email addresses").fill("hana@example.com");
    await page.getByRole("button", { name: "Send invitation" }).click();
    const warning = page.getByTestId("unsent-invitations");
    await warning.waitFor();
    check(/could not be sent/.test(await warning.innerText()), "the inviter is told the email did not go out");
    const link = await warning.getByRole("textbox", { name: "Invitation link for hana@example.com" }).inputValue();
    check(/\/orgkit\/invitations\/accept\?token=[A-Za-z0-9_-]+$/.test(link), `the invitation link is shown (got ${link})`);
    await page.getByTestId("invitation-hana@example.com").waitFor();
    await session.screenshot(page, "invitation-email-not-sent");
    await context.close();
  },

  /**
   * nina's verified email is at a verified domain of acme in the automatic_suggestion mode (set up
   * by the Java test): she sees acme suggested and asks to join; alice sees the domain verified on
   * acme's Domains tab and approves the request on its Requests tab; nina's console then lists acme.
   */
  async "suggested-user-requests-and-admin-approves"(browser) {
    const nina = await session.open(browser, "nina");
    await session.signIn(nina.page, "nina");
    const suggestion = nina.page.getByTestId("suggestion-acme");
    await suggestion.waitFor();
    await assertControlsLabelled(nina.page, "the suggested organizations");
    await suggestion.getByRole("button", { name: "Request to join Acme" }).click();
    await suggestion.getByTestId("join-requested").waitFor();
    await session.screenshot(nina.page, "suggested-organization");

    const { context, page } = await session.open(browser, "alice");
    await session.signIn(page, "alice");
    await row(page, "acme").getByRole("link", { name: "Acme" }).click();
    await page.getByRole("tab", { name: "Domains" }).click();
    await page.getByTestId("domains-table").waitFor();
    check((await page.getByTestId("domains-table").innerText()).includes("Verified"), "acme's domain shows as verified");
    await page.getByRole("tab", { name: "Requests" }).click();
    const request = page.getByTestId("request-nina");
    await request.waitFor();
    await session.screenshot(page, "membership-requests");
    await request.getByTestId("approve").click();
    await request.waitFor({ state: "detached" });
    await page.getByText("No pending requests to join").waitFor();

    await nina.page.reload();
    await row(nina.page, "acme").waitFor();
    check(!(await nina.page.getByTestId("suggestion-acme").isVisible()), "acme is no longer suggested to nina");
    await context.close();
    await nina.context.close();
  },

  /** alice gives acme a logo on its settings, sees it where acme is shown, is refused an SVG, and removes it. */
  async "alice-uploads-logo"(browser) {
    const { context, page } = await session.open(browser, "alice");
    await session.signIn(page, "alice");
    await row(page, "acme").getByRole("link", { name: "Acme" }).click();
    const setting = page.getByTestId("logo-setting");
    await setting.waitFor();
    check(await setting.getByTestId("organization-initials").isVisible(), "acme shows its initials before it has a logo");
    await assertControlsLabelled(page, "the logo setting");

    await page.getByTestId("logo-file").setInputFiles({ name: "acme.png", mimeType: "image/png", buffer: Buffer.from(LOGO_PNG, "base64") });
    await page.getByText("The logo was saved.").first().waitFor();
    const logo = setting.getByTestId("organization-logo");
    await logo.waitFor();
    const src = await logo.getAttribute("src");
    check(/\/orgkit\/organizations\/[0-9a-f-]+\/logo\?v=[0-9a-f]{16}$/.test(src ?? ""), `the logo's URL is versioned: ${src}`);
    await eventually(async () => (await logo.evaluate((img) => img.complete && img.naturalWidth)) === 16, "the logo loads");
    await eventually(async () => (await page.getByTestId("org-switcher").locator("img").getAttribute("src")) === src,
      "the switcher shows acme's logo");
    await eventually(async () => (await page.getByTestId("page-heading").locator("img").getAttribute("src")) === src,
      "the page heading shows acme's logo");
    await session.screenshot(page, "organization-logo");

    // a file that claims to be a PNG but is an SVG: the server decides by the content
    await page.getByTestId("logo-file").setInputFiles({ name: "evil.png", mimeType: "image/png",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
    await page.getByTestId("logo-error").waitFor();
    check(/PNG, JPEG or WebP/.test(await page.getByTestId("logo-error").innerText()), "the refusal says what is accepted");
    check((await logo.getAttribute("src")) === src, "the logo is unchanged");

    await page.getByTestId("remove-logo").click();
    await page.getByText("The logo was removed.").first().waitFor();
    await setting.getByTestId("organization-initials").waitFor();
    await eventually(async () => (await page.getByTestId("org-switcher").locator("img").count()) === 0, "the switcher no longer shows a logo");
    await context.close();
  },

  /** bob has no pending invitations: the page says so. */
  async "my-invitations-page"(browser) {
    const { context, page } = await session.open(browser, "bob");
    await session.signIn(page, "bob", "bob", "invitations");
    await page.getByRole("heading", { name: "My invitations" }).waitFor();
    await page.getByText("No pending invitations").waitFor();
    await assertControlsLabelled(page, "my invitations");
    await session.screenshot(page, "my-invitations-empty");
    await context.close();
  },
};

/** alice, signed in, on acme's Invitations tab. */
async function openInvitations(browser) {
  const { context, page } = await session.open(browser, "alice");
  await session.signIn(page, "alice");
  await row(page, "acme").getByRole("link", { name: "Acme" }).click();
  await page.getByRole("tab", { name: "Invitations" }).click();
  await page.getByTestId("invite-form").waitFor();
  return { context, page };
}

const selected = only.length ? only : Object.keys(scenarios);
const unknown = selected.filter((name) => !scenarios[name]);
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(", ")}; known: ${Object.keys(scenarios).join(", ")}`);
  process.exit(2);
}

const browser = await launch();
let failed = 0;
try {
  for (const name of selected) {
    const started = Date.now();
    console.log(`scenario ${name}`);
    try {
      await scenarios[name](browser);
      console.log(`  passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed++;
      console.log(`  FAILED: ${error instanceof Check ? error.message : error.stack}`);
      let shot = 0;
      for (const context of browser.contexts()) {
        for (const page of context.pages()) {
          await page.screenshot({ path: `${screenshots}/failure-${name}-${++shot}.png`, fullPage: true }).catch(() => undefined);
        }
        await context.close().catch(() => undefined);
      }
    }
  }
} finally {
  await browser.close();
}
console.log(failed ? `${failed} of ${selected.length} scenario(s) failed` : `all ${selected.length} scenario(s) passed`);
process.exit(failed ? 1 : 0);
