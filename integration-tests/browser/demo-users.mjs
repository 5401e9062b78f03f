// The demo realm's own users against a server that imported realm-export/ (no browser needed):
// each gets a token from the demo CLI, reads their account (Keycloak's account API answers only
// users with the realm's default roles) and lists their organizations through orgkit's API.
//
//   node demo-users.mjs <baseUrl>
import { claims } from "./lib/harness.mjs";

const [baseUrl] = process.argv.slice(2);
if (!baseUrl) {
  console.error("usage: node demo-users.mjs <baseUrl>");
  process.exit(2);
}
const realm = `${baseUrl.replace(/\/+$/, "")}/realms/orgkit-demo`;

const USERS = {
  alice: { orgs: { acme: "org:admin" }, active: "acme" },
  bob: { orgs: { acme: "org:member", globex: "org:admin" } },
  carol: { orgs: {}, active: undefined },
};

async function json(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: response.status, body: text.slice(0, 200) };
  }
}

let passed = 0;
let failed = 0;
for (const [username, expected] of Object.entries(USERS)) {
  const problems = [];
  const token = await json(`${realm}/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "orgkit-demo-cli", username, password: username }),
  });
  if (token.status !== 200) {
    problems.push(`token endpoint answered ${token.status}`);
  } else {
    const at = token.body.access_token;
    const auth = { headers: { Authorization: `Bearer ${at}`, Accept: "application/json" } };
    const c = claims(at);
    if (!c.realm_access?.roles?.includes("default-roles-orgkit-demo")) {
      problems.push(`no default-roles-orgkit-demo in the token (realm roles ${JSON.stringify(c.realm_access?.roles)})`);
    }
    if ("active" in expected && c.org_slug !== expected.active) {
      problems.push(`org_slug ${c.org_slug}, expected ${expected.active}`);
    }
    const account = await json(`${realm}/account/?userProfileMetadata=true`, auth);
    if (account.status !== 200 || account.body?.email !== `${username}@example.com`) {
      problems.push(`account API answered ${account.status} ${JSON.stringify(account.body)?.slice(0, 120)}`);
    }
    const orgs = await json(`${realm}/orgkit/me/organizations`, auth);
    const got = Object.fromEntries((orgs.body ?? []).map((m) => [m.slug, m.role]));
    if (orgs.status !== 200 || JSON.stringify(got, Object.keys(got).sort()) !== JSON.stringify(expected.orgs, Object.keys(expected.orgs).sort())) {
      problems.push(`organizations ${orgs.status} ${JSON.stringify(got)}, expected ${JSON.stringify(expected.orgs)}`);
    }
  }
  if (problems.length) {
    failed++;
    console.log(`  FAIL ${username}: ${problems.join("; ")}`);
  } else {
    passed++;
    console.log(`  ok   ${username}: token, account, organizations`);
  }
}
console.log(`demo users: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
