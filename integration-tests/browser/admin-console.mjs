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
