// Browser tests of the orgkit pages in Keycloak's admin console (admin theme `orgkit`) against a
// real Keycloak.
//
//   node admin-console.mjs <baseUrl> <realm> <screenshotsDir> --other-realm=<name> --admin=<user:password>
//        [--mark=<reserved slug only <realm> has>] [scenario ...]
//
// Runs every scenario (or the named ones) in Debian's Chromium; exits 1 when one fails.
// AdminConsoleBrowserIT runs it against the integration-test server. <realm> is a copy of the demo
// realm (admin theme orgkit) with olga (realm-admin) and victor (view-organizations, view-realm,
// view-users), passwords = usernames; --other-realm is a second realm on the orgkit admin theme with
// its own realm-admin oscar; --admin is the master realm's admin (for the API checks).
import { createServer } from "node:http";

import { Check, check, eventually, launch } from "./lib/harness.mjs";
import { AdminConsole, KEYCLOAK_ERROR, KEYCLOAK_NAV, setting } from "./lib/admin.mjs";

const options = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith("--"))
    .map((arg) => {
      const [name, ...value] = arg.slice(2).split("=");
      return [name, value.join("=")];
    }),
);
const [baseUrl, realm, screenshots, ...only] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!baseUrl || !realm || !screenshots) {
  console.error("usage: node admin-console.mjs <baseUrl> <realm> <screenshotsDir> --other-realm=R --admin=u:p [--mark=S] [scenario ...]");
  process.exit(2);
}
const otherRealm = options["other-realm"];
const mark = options.mark;
const adminConsole = new AdminConsole({ baseUrl, screenshots, admin: options.admin });

// The helpers scenarios use (lib/admin.mjs has the rest: fillLogin, setting, KEYCLOAK_NAV).
const signInToAdminConsole = (page, realm_, username, password) => adminConsole.signInToAdminConsole(page, realm_, username, password);
const openOrgkitPage = (page, realm_, path) => adminConsole.openOrgkitPage(page, realm_, path);
const screenshot = (page, name, options) => adminConsole.screenshot(page, name, options);
const adminApi = (method, path, init) => adminConsole.adminApi(method, path, init);

/** The navigation links orgkit adds, in order. */
const ORGKIT_NAV_ITEMS = ["policy", "roles", "organizations", "webhooks", "audit-log", "backfill"];

const policyForm = (page) => page.getByTestId("orgkit-policy-form");

/** Opens the Policy page of `realm_` and waits for its form. */
async function openPolicy(page, realm_ = realm) {
  await openOrgkitPage(page, realm_, "policy");
  await policyForm(page).waitFor({ timeout: 30000 });
}

/** Clicks Save and waits for the toast of `variant` (success or danger); answers its text and closes it. */
async function saveAndWaitFor(page, variant) {
  await page.getByTestId("orgkit-policy-save").click();
  const toast = page.getByTestId(`orgkit-notice-${variant}`).last();
  await toast.waitFor({ timeout: 15000 });
  const other = variant === "success" ? "danger" : "success";
  check((await page.getByTestId(`orgkit-notice-${other}`).count()) === 0, `no ${other} toast beside the ${variant} one`);
  return toast;
}

async function closeToasts(page) {
  for (const toast of await page.locator("[data-testid^=orgkit-notice-]").all()) {
    await toast.getByRole("button", { name: /close/i }).click().catch(() => undefined);
  }
  await eventually(async () => (await page.locator("[data-testid^=orgkit-notice-]").count()) === 0, "the toasts are closed");
}

/** A suffix that makes names of one run unique. */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const keys = (list) => (list ?? []).map((item) => item.key);

/** A role or permission of the catalog as the API answers it: `{ status, body }`. */
const catalog = (kind, key) => adminApi("GET", `${encodeURIComponent(realm)}/orgkit/${kind}/${encodeURIComponent(key)}`);

/** An organization of the realm by slug, as the admin API answers it. */
async function organization(slug) {
  const answer = await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/organizations/${slug}`);
  check(answer.status === 200, `the API has ${slug} (got ${answer.status})`);
  return answer.body;
}

async function userId(username) {
  const answer = await adminApi("GET", `${encodeURIComponent(realm)}/users?exact=true&username=${encodeURIComponent(username)}`);
  check(answer.status === 200 && answer.body.length === 1, `the realm has ${username}`);
  return answer.body[0].id;
}

/** A member of an organization by username (undefined when not a member). */
async function member(membersPath, username) {
  const answer = await adminApi("GET", `${membersPath}?search=${encodeURIComponent(username)}&max=50`);
  check(answer.status === 200, `the API lists the members (got ${answer.status})`);
  return answer.body.find((m) => m.username === username);
}

async function invitationsOf(path, status) {
  const answer = await adminApi("GET", `${path}?status=${status}&max=100`);
  check(answer.status === 200, `the API lists ${status} invitations (got ${answer.status})`);
  return answer.body;
}

/** Waits for a toast of `variant` and answers it. */
async function waitForNotice(page, variant, timeout = 15000) {
  const toast = page.getByTestId(`orgkit-notice-${variant}`).last();
  await toast.waitFor({ timeout });
  return toast;
}

/** Clicks a button that asks first, then its confirm button. */
async function confirm(page, button) {
  await button.click();
  await page.getByTestId("orgkit-confirm").click();
}

/** Creates a role or permission through the matrix's modal. */
async function create(page, button, key, description) {
  await page.getByTestId(button).click();
  await page.locator("#orgkit-new-key").fill(key);
  await page.locator("#orgkit-new-description").fill(description);
  await page.getByTestId("orgkit-create-submit").click();
  await waitForNotice(page, "success");
  await closeToasts(page);
}

const scenarios = {
  /** olga, a full realm admin: Keycloak's own navigation is all there, and orgkit's group after it. */
  async "admin-sees-orgkit-navigation"(browser) {
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    await signInToAdminConsole(page, realm, "olga", "olga");
    for (const id of ["nav-item-clients", "nav-item-users", "nav-item-organizations", "nav-item-realm-settings"]) {
      check(await page.locator(`#${id}`).isVisible(), `Keycloak's #${id} is in the navigation`);
    }
    const group = page.locator(`${KEYCLOAK_NAV} > #orgkit-nav`);
    await group.waitFor();
    check(
      await page.evaluate((nav) => document.querySelector(nav)?.lastElementChild?.id === "orgkit-nav", KEYCLOAK_NAV),
      "orgkit's group comes last in Keycloak's navigation",
    );
    check((await group.innerText()).includes("orgkit"), "the group is titled orgkit");
    const ids = await group.locator("a").evaluateAll((links) => links.map((a) => a.id));
    check(
      JSON.stringify(ids) === JSON.stringify(ORGKIT_NAV_ITEMS.map((item) => `nav-item-orgkit-${item}`)),
      `a full admin sees every orgkit link (got ${ids.join(", ")})`,
    );
    for (const item of ORGKIT_NAV_ITEMS) {
      const href = await page.locator(`#nav-item-orgkit-${item}`).getAttribute("href");
      check(href === `#/${realm}/orgkit/${item}`, `#nav-item-orgkit-${item} leads to #/${realm}/orgkit/${item} (got ${href})`);
    }
    // The link opens the page, and marks itself as the current one.
    await page.locator("#nav-item-orgkit-policy").click();
    await policyForm(page).waitFor();
    check(page.url().endsWith(`#/${realm}/orgkit/policy`), `the policy link opens the policy page (at ${page.url()})`);
    check(/pf-m-current/.test(await page.locator("#nav-item-orgkit-policy").getAttribute("class")), "the policy link is marked current");
    await openOrgkitPage(page, realm, "policy"); // back to the top of the page for the picture
    await policyForm(page).waitFor();
    // Tall enough for the whole sidebar, orgkit's group included.
    await page.setViewportSize({ width: 1400, height: 1150 });
    await screenshot(page, "admin-console-navigation", { fullPage: false });
    check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    await context.close();
  },

  /**
   * olga turns organization creation off, then on again with a limit of 3; the API has each value.
   * A value the server refuses (invitation-expiry-days 999; 1..30) shows the API's words, and the
   * API keeps the value it had.
   */
  async "admin-changes-policy"(browser) {
    const before = await adminConsole.policy(realm);
    check(before["creation-enabled"] === "true", `the demo realm starts with creation enabled (got ${before["creation-enabled"]})`);
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openPolicy(page);
      const enabled = setting(page, "creation-enabled");
      const limit = setting(page, "creation-limit");
      const expiry = setting(page, "invitation-expiry-days");
      check(await enabled.input.isChecked(), "the creation-enabled switch is on");
      check((await limit.input.inputValue()) === before["creation-limit"], `creation-limit shows ${before["creation-limit"]}`);
      check(
        await page.getByTestId("orgkit-policy-save").isDisabled(),
        "Save is disabled while nothing has changed",
      );

      await enabled.input.uncheck({ force: true });
      await saveAndWaitFor(page, "success");
      await eventually(async () => (await adminConsole.policy(realm))["creation-enabled"] === "false", "the API has creation-enabled false");
      check(!(await enabled.input.isChecked()), "the switch stays off after saving");
      await closeToasts(page);

      await enabled.input.check({ force: true });
      await limit.input.fill("3");
      await saveAndWaitFor(page, "success");
      const saved = await adminConsole.policy(realm);
      check(saved["creation-enabled"] === "true", `the API has creation-enabled true (got ${saved["creation-enabled"]})`);
      check(saved["creation-limit"] === "3", `the API has creation-limit 3 (got ${saved["creation-limit"]})`);
      await screenshot(page, "admin-console-policy");
      await closeToasts(page);

      // After a reload the page shows what the server has.
      await page.reload();
      await policyForm(page).waitFor();
      await eventually(async () => (await limit.input.inputValue()) === "3", "after a reload creation-limit shows 3");
      check(await enabled.input.isChecked(), "after a reload creation-enabled is on");

      const expiryBefore = saved["invitation-expiry-days"];
      await expiry.input.fill("999");
      const refused = await saveAndWaitFor(page, "danger");
      const words = await refused.innerText();
      check(/invitation-expiry-days must be at most 30/.test(words), `the danger toast has the API's words (got "${words}")`);
      check(/400/.test(words), `and the status (got "${words}")`);
      const after = await adminConsole.policy(realm);
      check(after["invitation-expiry-days"] === expiryBefore, `the API keeps invitation-expiry-days ${expiryBefore} (got ${after["invitation-expiry-days"]})`);
      check((await expiry.input.inputValue()) === "999", "the form keeps what olga typed, to correct it");
      await screenshot(page, "admin-console-policy-refused");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await adminConsole.setPolicy(realm, {
        "creation-enabled": before["creation-enabled"],
        "creation-limit": before["creation-limit"],
        "invitation-expiry-days": before["invitation-expiry-days"],
      });
      await context.close();
    }
  },

  /** victor may look, not change: the values are shown, without Save, inputs read-only; the API refuses his PUT. */
  async "viewer-sees-policy-read-only"(browser) {
    const policy = await adminConsole.policy(realm);
    const { context, page, errors } = await adminConsole.open(browser, "victor");
    await signInToAdminConsole(page, realm, "victor", "victor");
    const links = await page.locator("#orgkit-nav a").evaluateAll((all) => all.map((a) => a.id));
    check(links.includes("nav-item-orgkit-policy"), `victor's navigation has the policy link (got ${links.join(", ")})`);
    await openPolicy(page);

    check(
      (await setting(page, "creation-limit").input.inputValue()) === policy["creation-limit"],
      `creation-limit shows the API's ${policy["creation-limit"]}`,
    );
    check(
      (await setting(page, "reserved-slugs").input.inputValue()) === policy["reserved-slugs"],
      `reserved-slugs shows the API's "${policy["reserved-slugs"]}"`,
    );
    check((await setting(page, "creation-enabled").input.isChecked()) === (policy["creation-enabled"] === "true"), "creation-enabled shows the API's value");
    check((await page.getByTestId("orgkit-policy-save").count()) === 0, "there is no Save button");
    check((await policyForm(page).getByRole("button", { name: "Revert" }).count()) === 0, "nor a Revert button");

    const fields = await policyForm(page)
      .locator("input, textarea")
      .evaluateAll((all) => all.map((el) => ({ id: el.id, type: el.type, readOnly: el.readOnly, disabled: el.disabled })));
    check(fields.length > 3, `the form has the settings' fields (got ${fields.length})`);
    const editable = fields.filter((f) => (f.type === "checkbox" ? !f.disabled : !f.readOnly));
    check(editable.length === 0, `every field is read-only (switches disabled); editable: ${JSON.stringify(editable)}`);

    // Typing changes nothing.
    const limit = setting(page, "creation-limit").input;
    await limit.press("End");
    await page.keyboard.type("9");
    check((await limit.inputValue()) === policy["creation-limit"], "typing into a read-only field changes nothing");
    await screenshot(page, "admin-console-policy-read-only");

    const token = await adminConsole.userToken(realm, "victor");
    const refused = await adminApi("PUT", `${encodeURIComponent(realm)}/orgkit/policy`, { token, body: { "creation-limit": "5" } });
    check(refused.status === 403, `victor's PUT is refused 403 (got ${refused.status} ${JSON.stringify(refused.body)})`);
    const read = await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/policy`, { token });
    check(read.status === 200, `victor may read the policy through the API (got ${read.status})`);
    check((await adminConsole.policy(realm))["creation-limit"] === policy["creation-limit"], "the policy is unchanged");
    check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    await context.close();
  },

  /**
   * oscar administers another realm (on the orgkit admin theme too: he has orgkit pages of his own).
   * In his console he opens the first realm's policy page by its address: he must not see its values.
   */
  async "other-realm-admin-cannot-see"(browser) {
    check(otherRealm, "--other-realm is given");
    check(mark, "--mark is given");
    const first = await adminConsole.policy(realm);
    check(first["reserved-slugs"].includes(mark), `the first realm's policy has the mark ${mark}`);

    const { context, page } = await adminConsole.open(browser, "oscar");
    await signInToAdminConsole(page, otherRealm, "oscar", "oscar");
    await page.locator("#nav-item-orgkit-policy").waitFor();
    check(
      (await page.locator("#nav-item-orgkit-policy").getAttribute("href")) === `#/${otherRealm}/orgkit/policy`,
      "oscar's orgkit links are his own realm's",
    );
    // His own realm's policy page works: the pages exist in his console.
    await openPolicy(page, otherRealm);
    check(!(await setting(page, "reserved-slugs").input.inputValue()).includes(mark), "his own policy does not have the mark");

    // The orgkit API calls the console makes, with their answers.
    const calls = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/admin/realms/")) calls.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
    });
    const firstRealmPolicy = `/${realm}/orgkit/policy`;
    // Three ways there, each from his own policy page: as a link of the console goes (pushState),
    // the address edited in the open console (only the hash changes), the address opened afresh.
    const ways = {
      "link": () => openOrgkitPage(page, realm, "policy"),
      "edited-address": () => page.evaluate((to) => (window.location.hash = to), firstRealmPolicy),
      "fresh-load": async () => {
        await page.goto("about:blank");
        await page.goto(adminConsole.consoleUrl(otherRealm, firstRealmPolicy));
      },
    };
    const seen = {};
    for (const [how, go] of Object.entries(ways)) {
      await page.goto("about:blank"); // a console of its own each time (a changed hash alone reloads nothing)
      await page.goto(adminConsole.consoleUrl(otherRealm, `/${otherRealm}/orgkit/policy`));
      await policyForm(page).waitFor({ timeout: 30000 });
      calls.length = 0;
      await go();
      const outcome = await eventually(
        async () => {
          if (await page.locator(KEYCLOAK_ERROR).first().isVisible()) return `keycloak-error: ${await page.locator(KEYCLOAK_ERROR).first().innerText()}`;
          if (await page.getByTestId("orgkit-load-error").isVisible()) return `orgkit-load-error: ${await page.getByTestId("orgkit-load-error").innerText()}`;
          if (calls.length === 0 && (await policyForm(page).isVisible())) return undefined; // not moved yet
          if (await policyForm(page).isVisible()) return "form";
          return undefined;
        },
        `the first realm's policy page settles (${how})`,
        how === "edited-address" ? 3000 : 30000,
      ).catch(async (error) => ((await policyForm(page).isVisible()) ? "form (no call made)" : Promise.reject(error)));
      const sidebar = await page.locator(".keycloak__page_nav__nav").innerText().catch(() => "");
      const shownRealm = sidebar.split("\n")[0].trim();
      seen[how] = { outcome: outcome.replace(/\s+/g, " "), sidebar: shownRealm, calls: [...calls] };
      console.log(`  oscar, ${how}, at ${page.url()}: ${seen[how].outcome}; realm in the sidebar: ${shownRealm || "(no sidebar)"}`);
      console.log(`    admin API calls: ${calls.join("; ") || "none"}`);
      await screenshot(page, `admin-console-other-realm-${how}`, { fullPage: false });
      const values = await page.locator("input, textarea").evaluateAll((all) => all.map((el) => el.value));
      const html = await page.content();
      check(!html.includes(mark) && !values.some((v) => v.includes(mark)), `nothing of the first realm's policy is on the page (${how})`);
      check(
        !calls.some((c) => c.includes(`/admin/realms/${realm}`) && / 2\d\d$/.test(c)),
        `no call to the first realm's admin API succeeded (${how}): ${calls.join("; ")}`,
      );
      check(
        !seen[how].outcome.startsWith("form") || shownRealm === otherRealm,
        `a form, if one is shown, is of oscar's own realm (${how}: sidebar says ${shownRealm})`,
      );
    }
    // What Keycloak does: a realm the admin cannot read ends in its permission error page, whether
    // a link goes there or the address is opened afresh.
    for (const how of ["link", "fresh-load"]) {
      check(/You do not have permission/.test(seen[how].outcome), `${how}: Keycloak's permission error is shown (got ${seen[how].outcome})`);
      check(
        seen[how].calls.some((c) => c === `GET /admin/realms/${realm} 403`),
        `${how}: the console asked for the first realm and was refused 403 (${seen[how].calls.join("; ")})`,
      );
    }

    const token = await adminConsole.userToken(otherRealm, "oscar");
    for (const path of ["orgkit/policy", "orgkit/settings", "orgkit/organizations"]) {
      const answer = await adminApi("GET", `${encodeURIComponent(realm)}/${path}`, { token });
      console.log(`  oscar's GET ${realm}/${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      check([403, 404].includes(answer.status), `oscar's token gets 403 or 404 from ${realm}/${path} (got ${answer.status})`);
      check(!JSON.stringify(answer.body ?? "").includes(mark), "the answer has nothing of the first realm's policy");
    }
    const own = await adminApi("GET", `${encodeURIComponent(otherRealm)}/orgkit/policy`, { token });
    check(own.status === 200, `while his own realm's policy answers 200 (got ${own.status})`);
    await context.close();
  },
  /**
   * olga creates a permission and a role, gives the role the permission in the matrix, renames the
   * role, then deletes both; the API has each change. org:admin's system cells cannot be changed.
   */
  async "admin-edits-role-matrix"(browser) {
    const suffix = unique();
    const permission = `org:reports${suffix}:read`;
    const role = `org:analyst${suffix}`;
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, "roles");
      const matrix = page.getByTestId("orgkit-roles-matrix");
      await matrix.waitFor({ timeout: 30000 });
      check(await page.locator("[id='orgkit-cell-org:admin-org:sys_memberships:manage']").isDisabled(),
        "org:admin's system permission cell is fixed");
      check(await page.locator("[id='orgkit-cell-org:admin-org:sys_memberships:manage']").isChecked(),
        "and checked");

      await create(page, "orgkit-create-permission", permission, "Read reports");
      await matrix.getByTestId(`orgkit-permission-${permission}`).waitFor();
      check((await catalog("permissions", permission)).status === 200, `the API has ${permission}`);
      await create(page, "orgkit-create-role", role, "Reads reports");
      await matrix.getByTestId(`orgkit-role-${role}`).waitFor();

      const cell = page.locator(`[id='orgkit-cell-${role}-${permission}']`);
      check(!(await cell.isChecked()), "the new role does not hold the new permission yet");
      await cell.click(); // saved at once; the cell follows the server's answer
      await waitForNotice(page, "success");
      await eventually(async () => keys((await catalog("roles", role)).body.permissions).includes(permission),
        `the API's ${role} holds ${permission}`);
      await eventually(() => cell.isChecked(), "the cell shows it after the reload");
      await closeToasts(page);

      await matrix.getByTestId(`orgkit-edit-role-${role}`).click();
      await page.locator("#orgkit-edit-name").fill("Report analyst");
      await page.getByTestId("orgkit-edit-submit").click();
      await waitForNotice(page, "success");
      await eventually(async () => (await catalog("roles", role)).body.name === "Report analyst", "the API has the new name");
      await eventually(async () => (await matrix.getByTestId(`orgkit-role-${role}`).innerText()).includes("Report analyst"),
        "the matrix shows the new name");
      await screenshot(page, "admin-console-roles");
      await closeToasts(page);

      await cell.click();
      await waitForNotice(page, "success");
      await eventually(async () => !keys((await catalog("roles", role)).body.permissions).includes(permission),
        `the API's ${role} no longer holds ${permission}`);
      await closeToasts(page);

      await confirm(page, matrix.getByTestId(`orgkit-delete-role-${role}`));
      await waitForNotice(page, "success");
      await eventually(async () => (await catalog("roles", role)).status === 404, `the API has no ${role}`);
      await closeToasts(page);
      await confirm(page, matrix.getByTestId(`orgkit-delete-permission-${permission}`));
      await waitForNotice(page, "success");
      await eventually(async () => (await catalog("permissions", permission)).status === 404, `the API has no ${permission}`);

      // the API's refusal in its words: org:member cannot be deleted (no button), a bad key is refused by the form
      await page.getByTestId("orgkit-create-role").click();
      await page.locator("#orgkit-new-key").fill("org:Bad Name");
      check(await page.getByTestId("orgkit-create-submit").isDisabled(), "the form refuses a key with capitals and spaces");
      await page.keyboard.press("Escape");
      check((await matrix.getByTestId("orgkit-delete-role-org:member").count()) === 0, "a system role has no delete button");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await adminApi("DELETE", `${encodeURIComponent(realm)}/orgkit/roles/${encodeURIComponent(role)}`);
      await adminApi("DELETE", `${encodeURIComponent(realm)}/orgkit/permissions/${encodeURIComponent(permission)}`);
      await context.close();
    }
  },

  /** olga changes bob's role in acme, adds carol, removes her; the API has each change. */
  async "admin-manages-members"(browser) {
    const acme = await organization("acme");
    const members = `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}/members`;
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, "organizations");
      await page.getByTestId("orgkit-organization-acme").getByRole("link").click();
      await page.getByTestId("orgkit-member-bob").waitFor({ timeout: 30000 });
      check((await page.getByTestId("orgkit-organization-name").innerText()).includes("Acme"), "acme's page is open");

      await page.locator("#orgkit-role-of-bob").selectOption("org:billing");
      await waitForNotice(page, "success");
      await eventually(async () => (await member(members, "bob")).role === "org:billing", "the API has bob as org:billing");
      await closeToasts(page);

      await page.locator("#orgkit-add-member-user").fill("carol");
      await page.locator("#orgkit-add-member-role").selectOption("org:member");
      await page.getByTestId("orgkit-add-member").click();
      await waitForNotice(page, "success");
      await page.getByTestId("orgkit-member-carol").waitFor();
      check((await member(members, "carol"))?.role === "org:member", "the API has carol as org:member");
      await screenshot(page, "admin-console-members");
      await closeToasts(page);

      // the API's refusal shown in its words: adding carol again
      await page.locator("#orgkit-add-member-user").fill("carol");
      await page.getByTestId("orgkit-add-member").click();
      const refused = await waitForNotice(page, "danger");
      check(/409/.test(await refused.innerText()), `adding a member twice shows the API's 409 (got "${await refused.innerText()}")`);
      await closeToasts(page);

      await confirm(page, page.getByTestId("orgkit-remove-carol"));
      await waitForNotice(page, "success");
      await eventually(async () => (await member(members, "carol")) === undefined, "the API no longer has carol in acme");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await adminApi("PATCH", `${members}/${await userId("bob")}`, { body: { role: "org:member" } });
      await context.close();
    }
  },

  /**
   * olga invites two addresses at once, resends one invitation and revokes the other; the status
   * filter shows the revoked one; the API has each state.
   */
  async "admin-manages-invitations"(browser) {
    const acme = await organization("acme");
    const invitations = `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}/invitations`;
    const suffix = unique();
    const first = `first${suffix}@invited.example`;
    const second = `second${suffix}@invited.example`;
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, `organizations/${acme.id}/invitations`);
      await page.getByTestId("orgkit-invite-form").waitFor({ timeout: 30000 });
      await page.locator("#orgkit-invite-addresses").fill(`${first}\n${second}`);
      await page.locator("#orgkit-invite-role").selectOption("org:billing");
      check((await page.getByTestId("orgkit-invite").innerText()).includes("2"), "the button says two invitations");
      await page.getByTestId("orgkit-invite").click();
      await waitForNotice(page, "success");
      await page.getByTestId(`orgkit-invitation-${first}`).waitFor();
      await page.getByTestId(`orgkit-invitation-${second}`).waitFor();
      const pending = await invitationsOf(invitations, "pending");
      for (const address of [first, second]) {
        const found = pending.find((i) => i.email_address === address);
        check(found?.role === "org:billing", `the API has a pending org:billing invitation for ${address}`);
      }
      await screenshot(page, "admin-console-invitations");
      await closeToasts(page);

      const before = pending.find((i) => i.email_address === first);
      await page.getByTestId(`orgkit-resend-${first}`).click();
      await waitForNotice(page, "success");
      await eventually(async () => {
        const now = (await invitationsOf(invitations, "pending")).find((i) => i.email_address === first);
        return now && now.sent_at > before.sent_at;
      }, "the API's invitation was sent again");
      await closeToasts(page);

      await confirm(page, page.getByTestId(`orgkit-revoke-${second}`));
      await waitForNotice(page, "success");
      await eventually(async () => (await invitationsOf(invitations, "revoked")).some((i) => i.email_address === second),
        "the API has the second invitation revoked");
      await eventually(async () => (await page.getByTestId(`orgkit-invitation-${second}`).count()) === 0,
        "the revoked invitation leaves the pending list");
      await page.locator("#orgkit-status-revoked").click();
      await page.getByTestId(`orgkit-invitation-${second}`).waitFor();
      check((await page.getByTestId(`orgkit-invitation-${first}`).count()) === 0, "the revoked list does not show the pending one");

      // what the form refuses before asking, and what the API refuses in its words
      await page.locator("#orgkit-invite-addresses").fill("not-an-address");
      check(await page.getByTestId("orgkit-invite").isDisabled(), "the form refuses what is not an address");
      await page.locator("#orgkit-invite-addresses").fill(first);
      await page.getByTestId("orgkit-invite").click();
      const refused = await waitForNotice(page, "danger");
      check(/409/.test(await refused.innerText()), `inviting a pending address again shows the API's 409 (got "${await refused.innerText()}")`);
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      for (const invitation of await invitationsOf(invitations, "pending")) {
        if (invitation.email_address.endsWith("@invited.example")) await adminApi("DELETE", `${invitations}/${invitation.id}`);
      }
      await context.close();
    }
  },

  /**
   * olga adds a domain, changes its enrollment mode, tries to verify it (no TXT record: the API's
   * refusal is shown), removes it; then requires MFA, sets and clears a membership limit and
   * disables and enables acme. The API has each change.
   */
  async "admin-manages-domains-and-settings"(browser) {
    const acme = await organization("acme");
    const orgPath = `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}`;
    const domain = `d${unique()}.example`;
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, `organizations/${acme.id}/domains`);
      await page.locator("#orgkit-domain-name").waitFor({ timeout: 30000 });
      await page.locator("#orgkit-domain-name").fill(domain);
      await page.locator("#orgkit-domain-mode").selectOption("automatic_suggestion");
      await page.getByTestId("orgkit-add-domain").click();
      await waitForNotice(page, "success");
      await page.getByTestId(`orgkit-domain-${domain}`).waitFor();
      const added = (await adminApi("GET", `${orgPath}/domains/${domain}`)).body;
      check(added?.enrollment_mode === "automatic_suggestion" && added.verified === false,
        `the API has ${domain} unverified with automatic_suggestion (got ${JSON.stringify(added)})`);
      check((await page.getByTestId(`orgkit-domain-${domain}`).innerText()).includes(added.verification.name),
        "the page shows the TXT record to publish");
      await closeToasts(page);

      await page.locator(`[id='orgkit-mode-of-${domain}']`).selectOption("manual_invitation");
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${orgPath}/domains/${domain}`)).body.enrollment_mode === "manual_invitation",
        "the API has the new enrollment mode");
      await closeToasts(page);

      await page.getByTestId(`orgkit-verify-${domain}`).click();
      const refused = await waitForNotice(page, "danger");
      check(/\(4\d\d /.test(await refused.innerText()), `verifying without a TXT record shows the API's refusal (got "${await refused.innerText()}")`);
      check((await adminApi("GET", `${orgPath}/domains/${domain}`)).body.verified === false, "the domain stays unverified");
      await screenshot(page, "admin-console-domains");
      await closeToasts(page);

      await confirm(page, page.getByTestId(`orgkit-remove-domain-${domain}`));
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${orgPath}/domains/${domain}`)).status === 404, "the API no longer has the domain");
      await closeToasts(page);

      await page.getByRole("tab", { name: "Settings" }).click();
      const mfa = page.locator("#orgkit-org-mfa");
      await mfa.waitFor({ state: "attached", timeout: 15000 });
      await mfa.click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/security/organizations/${acme.id}`)).body.mfa_required === true,
        "the API requires MFA in acme");
      await closeToasts(page);
      await mfa.click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/security/organizations/${acme.id}`)).body.mfa_required === false,
        "the API no longer requires MFA in acme");
      await closeToasts(page);

      await page.locator("#orgkit-org-limit").fill("5");
      await page.getByTestId("orgkit-save-limit").click();
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", orgPath)).body.max_allowed_memberships === 5, "the API has acme's limit 5");
      await eventually(async () => (await page.getByTestId("orgkit-limit-in-force").innerText()).trim() === "5", "the page shows the limit in force");
      await screenshot(page, "admin-console-organization-settings");
      await closeToasts(page);
      await page.getByTestId("orgkit-default-limit").click();
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", orgPath)).body.max_allowed_memberships === 0, "the API has acme back on the realm's default (none)");
      await closeToasts(page);

      await page.locator("#orgkit-org-enabled").click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", orgPath)).body.enabled === false, "the API has acme disabled");
      await closeToasts(page);
      await page.locator("#orgkit-org-enabled").click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", orgPath)).body.enabled === true, "the API has acme enabled again");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await adminApi("DELETE", `${orgPath}/domains/${domain}`);
      await adminApi("PUT", `${encodeURIComponent(realm)}/orgkit/security/organizations/${acme.id}`, { body: { mfa_required: false } });
      await adminApi("PATCH", orgPath, { body: { enabled: true, max_allowed_memberships: null } });
      await context.close();
    }
  },

  /**
   * olga creates a webhook endpoint (its secret shown once), edits its event types, disables and
   * enables it, rotates the secret, sees a delivery with the receiver's response code and replays it,
   * then deletes the endpoint. The API has each change; a real receiver gets the messages.
   */
  async "admin-manages-webhooks"(browser) {
    const received = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${receiver.address().port}/orgkit${unique()}`;
    const acme = await organization("acme");
    const hooks = `${encodeURIComponent(realm)}/orgkit/webhooks`;
    let id;
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, "webhooks");
      await page.getByTestId("orgkit-create-webhook").click();
      await page.locator("#orgkit-webhook-url").fill(url);
      await page.locator("#orgkit-webhook-description").fill("browser test");
      await page.locator("[id='orgkit-event-organization.updated']").check();
      await page.getByTestId("orgkit-create-webhook-submit").click();
      const secretBox = page.getByTestId("orgkit-secret").locator("input");
      await secretBox.waitFor({ timeout: 15000 });
      const secret = await secretBox.inputValue();
      check(secret.length >= 24, `the secret is shown once (got ${secret.length} characters)`);
      await screenshot(page, "admin-console-webhook-secret", { fullPage: false });
      const listed = (await adminApi("GET", hooks)).body.find((e) => e.url === url);
      check(listed, "the API lists the endpoint");
      check(listed.secret === undefined, "the API's list never carries the secret");
      check(JSON.stringify(listed.event_types) === JSON.stringify(["organization.updated"]), `with its event type (got ${listed.event_types})`);
      id = listed.id;
      await page.getByTestId("orgkit-secret-done").click();
      await page.getByTestId("orgkit-webhook-form").waitFor();

      await page.locator("[id='orgkit-event-organizationMembership.created']").check();
      await page.getByTestId("orgkit-webhook-save").click();
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${hooks}/${id}`)).body.event_types.includes("organizationMembership.created"),
        "the API has the added event type");
      await closeToasts(page);

      await page.locator("#orgkit-webhook-enabled").click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${hooks}/${id}`)).body.enabled === false, "the API has the endpoint disabled");
      await closeToasts(page);
      await page.locator("#orgkit-webhook-enabled").click({ force: true });
      await waitForNotice(page, "success");
      await eventually(async () => (await adminApi("GET", `${hooks}/${id}`)).body.enabled === true, "the API has it enabled again");
      await closeToasts(page);

      await confirm(page, page.getByTestId("orgkit-rotate-secret"));
      await secretBox.waitFor({ timeout: 15000 });
      const rotated = await secretBox.inputValue();
      check(rotated !== secret && rotated.length >= 24, "rotating shows a new secret");
      await page.getByTestId("orgkit-secret-done").click();
      await eventually(async () => (await adminApi("GET", `${hooks}/${id}`)).body.previous_secret_expires_at > Date.now(),
        "the API keeps the previous secret signing for a while");
      await closeToasts(page);

      // an event the endpoint asked for: its delivery shows with the receiver's 204, and a replay sends it again
      await adminApi("PATCH", `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}`, { body: { description: `changed ${unique()}` } });
      await eventually(() => received.length >= 1, "the receiver gets the organization.updated message", 60000);
      await page.getByRole("tab", { name: "Deliveries" }).click();
      const delivery = page.getByTestId("orgkit-delivery").first();
      await eventually(async () => {
        await page.getByRole("button", { name: "Refresh" }).click();
        await delivery.waitFor({ timeout: 5000 });
        return (await delivery.getAttribute("data-status")) === "succeeded";
      }, "the delivery shows as succeeded", 60000);
      check((await delivery.getAttribute("data-event-type")) === "organization.updated", "of organization.updated");
      check((await delivery.getByTestId("orgkit-delivery-code").innerText()).includes("204"), "with the receiver's response code 204");
      await screenshot(page, "admin-console-webhook-deliveries");
      const count = received.length;
      await delivery.getByTestId("orgkit-replay").click();
      await waitForNotice(page, "success");
      await eventually(() => received.length > count, "the replayed message reaches the receiver", 60000);
      const ids = received.map((r) => r.headers["webhook-id"]);
      check(ids[ids.length - 1] === ids[count - 1], "the replay has the same webhook-id");
      await closeToasts(page);

      await page.getByRole("tab", { name: "Settings" }).click();
      await confirm(page, page.getByTestId("orgkit-delete-webhook"));
      await page.getByTestId("orgkit-webhooks").waitFor({ timeout: 15000 });
      await eventually(async () => (await adminApi("GET", `${hooks}/${id}`)).status === 404, "the API no longer has the endpoint");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      if (id) await adminApi("DELETE", `${hooks}/${id}`);
      receiver.close();
      await context.close();
    }
  },

  /** The audit log filtered by action, by actor and by time shows what the API answers to the same filter. */
  async "admin-filters-audit-log"(browser) {
    const acme = await organization("acme");
    const bob = await userId("bob");
    const olgaId = await userId("olga");
    // two changes by olga's token, so there are entries of her and of one action
    const olgaToken = await adminConsole.userToken(realm, "olga");
    const members = `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}/members/${bob}`;
    await adminApi("PATCH", members, { token: olgaToken, body: { role: "org:billing" } });
    await adminApi("PATCH", members, { token: olgaToken, body: { role: "org:member" } });
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, "audit-log");
      await page.getByTestId("orgkit-audit-log").waitFor({ timeout: 30000 });
      check((await page.getByTestId("orgkit-audit-entry").count()) > 0, "the audit log shows entries");

      await page.locator("#orgkit-audit-action").fill("member.role_changed");
      await page.locator("#orgkit-audit-actor").fill(olgaId);
      await page.getByTestId("orgkit-audit-apply").click();
      const api = (await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/audit-log?action=member.role_changed&actor=${olgaId}&max=20`)).body;
      check(api.length >= 2, `the API has olga's two role changes (got ${api.length})`);
      await eventually(async () => (await page.getByTestId("orgkit-audit-entry").count()) === Math.min(api.length, 20),
        `the page shows the API's ${api.length} entries`);
      const actions = await page.getByTestId("orgkit-audit-entry").evaluateAll((rows) => rows.map((r) => r.dataset.action));
      check(actions.every((a) => a === "member.role_changed"), `only member.role_changed entries (got ${actions.join(", ")})`);
      await page.getByTestId("orgkit-audit-entry").first().locator("button").first().click();
      await page.locator("pre").filter({ hasText: "org:" }).first().waitFor();
      await screenshot(page, "admin-console-audit-log");

      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      const local = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}T00:00`;
      await page.locator("#orgkit-audit-from").fill(local);
      await page.getByTestId("orgkit-audit-apply").click();
      await page.getByText("No entries").waitFor();

      // paging: 22 more entries of one action make a second page of 20, the same entries as the API's second page
      const marker = unique();
      for (let i = 0; i < 22; i++) {
        await adminApi("PATCH", `${encodeURIComponent(realm)}/orgkit/organizations/${acme.id}`, { token: olgaToken, body: { description: `paging ${marker} ${i}` } });
      }
      await page.locator("#orgkit-audit-from").fill("");
      await page.locator("#orgkit-audit-actor").fill(olgaId);
      await page.locator("#orgkit-audit-action").fill("organization.updated");
      await page.getByTestId("orgkit-audit-apply").click();
      await eventually(async () => (await page.getByTestId("orgkit-audit-entry").count()) === 20, "the first page shows 20 entries");
      const firstPage = await page.getByTestId("orgkit-audit-entry").evaluateAll((rows) => rows.map((r) => r.dataset.entryId));
      await page.getByRole("button", { name: "Go to next page" }).first().click();
      const secondApi = (await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/audit-log?action=organization.updated&actor=${olgaId}&first=20&max=20`)).body;
      check(secondApi.length >= 2, `the API has a second page (got ${secondApi.length})`);
      await eventually(async () => {
        const shown = await page.getByTestId("orgkit-audit-entry").evaluateAll((rows) => rows.map((r) => r.dataset.entryId));
        return JSON.stringify(shown) === JSON.stringify(secondApi.map((e) => e.id));
      }, "the second page shows the API's second page");
      check(!firstPage.some((id) => secondApi.some((e) => e.id === id)), "no entry is on both pages");

      // acme's own log in its page: its entries only
      await openOrgkitPage(page, realm, `organizations/${acme.id}/audit-log`);
      await page.getByTestId("orgkit-audit-log").waitFor({ timeout: 30000 });
      const own = (await adminApi("GET", `${encodeURIComponent(realm)}/orgkit/audit-log?organization=${acme.id}&max=21`)).body;
      await eventually(async () => (await page.getByTestId("orgkit-audit-entry").count()) === Math.min(own.length, 20),
        `acme's tab shows the API's ${Math.min(own.length, 20)} entries of acme`);
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await context.close();
    }
  },

  /**
   * victor (view roles only) sees every orgkit page and can change nothing: no create, save, remove
   * or invite controls; switches and selects disabled; and the API refuses his changes.
   */
  async "viewer-cannot-change-anything"(browser) {
    const acme = await organization("acme");
    const token = await adminConsole.userToken(realm, "victor");
    const { context, page, errors } = await adminConsole.open(browser, "victor");
    try {
      await signInToAdminConsole(page, realm, "victor", "victor");
      await openOrgkitPage(page, realm, "roles");
      await page.getByTestId("orgkit-roles-matrix").waitFor({ timeout: 30000 });
      check((await page.getByTestId("orgkit-create-role").count()) === 0, "no Create role");
      const enabledCells = await page.locator("[id^=orgkit-cell-]").evaluateAll((all) => all.filter((c) => !c.disabled).length);
      check(enabledCells === 0, `every matrix cell is disabled (${enabledCells} are not)`);

      await openOrgkitPage(page, realm, `organizations/${acme.id}/members`);
      await page.getByTestId("orgkit-member-bob").waitFor({ timeout: 30000 });
      check((await page.locator("#orgkit-role-of-bob").count()) === 0, "no role picker");
      check((await page.getByTestId("orgkit-remove-bob").count()) === 0, "no Remove");
      check((await page.getByTestId("orgkit-add-member").count()) === 0, "no Add member");
      await page.getByRole("tab", { name: "Invitations" }).click();
      await page.getByTestId("orgkit-invitations").waitFor();
      check((await page.getByTestId("orgkit-invite-form").count()) === 0, "no invite form");
      await page.getByRole("tab", { name: "Settings" }).click();
      await page.getByTestId("orgkit-organization-settings").waitFor();
      await page.locator("#orgkit-org-mfa").waitFor({ state: "attached" });
      check(await page.locator("#orgkit-org-enabled").isDisabled(), "the enabled switch is disabled");
      check(await page.locator("#orgkit-org-mfa").isDisabled(), "the MFA switch is disabled");
      check((await page.getByTestId("orgkit-save-limit").count()) === 0, "no limit Save");
      await screenshot(page, "admin-console-read-only");

      await openOrgkitPage(page, realm, "webhooks");
      await page.getByTestId("orgkit-webhooks").waitFor({ timeout: 30000 });
      check((await page.getByTestId("orgkit-create-webhook").count()) === 0, "no Create endpoint");
      await openOrgkitPage(page, realm, "backfill");
      await page.getByTestId("orgkit-backfill-remaining").waitFor({ timeout: 30000 });
      check((await page.getByTestId("orgkit-backfill-run").count()) === 0, "no backfill run");

      const r = encodeURIComponent(realm);
      for (const [method, path, body] of [
        ["PUT", `${r}/orgkit/roles/org:viewer_made`, { permissions: [] }],
        ["PATCH", `${r}/orgkit/organizations/${acme.id}/members/${await userId("bob")}`, { role: "org:admin" }],
        ["POST", `${r}/orgkit/organizations/${acme.id}/invitations`, { email: "victor-invites@invited.example", role: "org:member" }],
        ["PUT", `${r}/orgkit/security/organizations/${acme.id}`, { mfa_required: true }],
        ["POST", `${r}/orgkit/webhooks`, { url: "http://127.0.0.1:9/x" }],
        ["POST", `${r}/orgkit/backfill`, undefined],
      ]) {
        const answer = await adminApi(method, path, { token, body });
        check(answer.status === 403, `victor's ${method} ${path} is refused 403 (got ${answer.status} ${JSON.stringify(answer.body)})`);
      }
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await context.close();
    }
  },

  /**
   * vera has view-organizations and no other admin role: the orgkit pages of organizations are hers to
   * read, the webhooks (view-realm) are not even linked; nothing can be changed.
   */
  async "view-organizations-only"(browser) {
    const acme = await organization("acme");
    const token = await adminConsole.userToken(realm, "vera");
    const { context, page, errors } = await adminConsole.open(browser, "vera");
    try {
      await signInToAdminConsole(page, realm, "vera", "vera");
      await page.locator("#orgkit-nav").waitFor({ state: "attached", timeout: 30000 });
      const links = await page.locator("#orgkit-nav a").evaluateAll((all) => all.map((a) => a.id));
      check(JSON.stringify(links) === JSON.stringify(["policy", "roles", "organizations", "audit-log", "backfill"].map((i) => `nav-item-orgkit-${i}`)),
        `vera's orgkit links leave out webhooks (got ${links.join(", ")})`);
      await openPolicy(page);
      check((await page.getByTestId("orgkit-policy-save").count()) === 0, "the policy has no Save");
      await openOrgkitPage(page, realm, `organizations/${acme.id}/members`);
      await page.getByTestId("orgkit-member-bob").waitFor({ timeout: 30000 });
      check((await page.locator("#orgkit-role-of-bob").count()) === 0, "no role picker");
      check((await page.getByTestId("orgkit-remove-bob").count()) === 0, "no Remove");
      await page.getByRole("tab", { name: "Invitations" }).click();
      await page.getByTestId("orgkit-invitations").waitFor({ timeout: 15000 });
      check((await page.getByTestId("orgkit-invite-form").count()) === 0, "no invite form");
      const r = encodeURIComponent(realm);
      for (const [method, path, body] of [
        ["PUT", `${r}/orgkit/policy`, { "creation-limit": "7" }],
        ["DELETE", `${r}/orgkit/organizations/${acme.id}/members/${await userId("bob")}`, undefined],
        ["PATCH", `${r}/orgkit/organizations/${acme.id}`, { enabled: false }],
      ]) {
        const answer = await adminApi(method, path, { token, body });
        check(answer.status === 403, `vera's ${method} ${path} is refused 403 (got ${answer.status} ${JSON.stringify(answer.body)})`);
      }
      const hooks = await adminApi("GET", `${r}/orgkit/webhooks`, { token });
      check(hooks.status === 403, `vera may not read webhooks (view-realm) (got ${hooks.status})`);
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await context.close();
    }
  },

  /** The personal-organization backfill: the count the API has, a run to the end with its progress. */
  async "admin-runs-backfill"(browser) {
    const r = encodeURIComponent(realm);
    const before = (await adminApi("GET", `${r}/orgkit/backfill`)).body.remaining;
    check(before > 0, `some users have no organization (got ${before})`);
    const { context, page, errors } = await adminConsole.open(browser, "olga");
    try {
      await signInToAdminConsole(page, realm, "olga", "olga");
      await openOrgkitPage(page, realm, "backfill");
      const remaining = page.getByTestId("orgkit-backfill-remaining");
      await remaining.waitFor({ timeout: 30000 });
      check((await remaining.innerText()).trim() === String(before), `the page shows the API's ${before}`);
      await page.getByTestId("orgkit-backfill-run").click();
      await waitForNotice(page, "success", 60000);
      await eventually(async () => (await remaining.innerText()).trim() === "0", "the page shows none left");
      check((await page.getByTestId("orgkit-backfill-totals").innerText()).includes(`${before} created`)
        || (await page.getByTestId("orgkit-backfill-totals").innerText()).includes("created"), "the totals are shown");
      check((await adminApi("GET", `${r}/orgkit/backfill`)).body.remaining === 0, "the API has nobody left");
      await screenshot(page, "admin-console-backfill");
      check(errors.length === 0, `no page errors (got ${errors.join("; ")})`);
    } finally {
      await context.close();
    }
  },
};

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
