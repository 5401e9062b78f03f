// A webhook endpoint written the way Clerk's docs show one ("Sync Clerk data to your app with
// webhooks"): verify the raw body and the svix-* headers with svix, then switch on evt.type.
// The integration tests point an orgkit endpoint (header_style "svix") at it and read what it
// did from stdout. One change to the docs' code: svix 2 (pinned in package.json) returns nothing
// from verify() (svix 1, which the docs' `evt = wh.verify(...)` assumes, returned the parsed
// body), so the verified body is parsed here.
//
//   PORT=8123 CLERK_WEBHOOK_SIGNING_SECRET=whsec_... node clerk-receiver.mjs
//
// Listens on 127.0.0.1:$PORT, path /api/webhooks. Prints one JSON object per line on stdout:
// {"listening": port} once, then per request {"type", "svix_id", ...what the handler read} for an
// event it verified (answered 200) or {"error": "..."} (answered 400).
import { createServer } from "node:http";
import { Webhook } from "svix";

const PORT = Number(process.env.PORT);
const SIGNING_SECRET = process.env.CLERK_WEBHOOK_SIGNING_SECRET;
if (!PORT || !SIGNING_SECRET) {
  console.error("set PORT and CLERK_WEBHOOK_SIGNING_SECRET");
  process.exit(2);
}
const wh = new Webhook(SIGNING_SECRET);

const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

// One case per event type, as in Clerk's examples: each returns what it read.
function handle(evt) {
  switch (evt.type) {
    case "user.created":
    case "user.updated": {
      const { id, email_addresses, primary_email_address_id } = evt.data;
      const primary = email_addresses.find((address) => address.id === primary_email_address_id);
      return {
        id,
        email: evt.data.email_addresses[0]?.email_address ?? null,
        primary_email: primary?.email_address ?? null,
        verified: primary?.verification?.status === "verified",
        first_name: evt.data.first_name,
      };
    }
    case "user.deleted":
      return { id: evt.data.id, deleted: evt.data.deleted };
    case "session.created":
    case "session.ended":
    case "session.removed":
    case "session.revoked":
      return { id: evt.data.id, user_id: evt.data.user_id, status: evt.data.status, user: evt.data.user?.id ?? null };
    case "organization.created":
    case "organization.updated":
      return { id: evt.data.id, slug: evt.data.slug, name: evt.data.name, plan: evt.data.public_metadata?.plan ?? null };
    case "organization.deleted":
      return { id: evt.data.id, deleted: evt.data.deleted };
    case "organizationMembership.created":
    case "organizationMembership.updated":
    case "organizationMembership.deleted":
      return {
        org_id: evt.data.organization.id,
        org_slug: evt.data.organization.slug,
        user_id: evt.data.public_user_data.user_id,
        identifier: evt.data.public_user_data.identifier,
        role: evt.data.role,
      };
    case "organizationInvitation.created":
    case "organizationInvitation.revoked":
    case "organizationInvitation.accepted":
      return {
        id: evt.data.id,
        org_id: evt.data.organization_id,
        email: evt.data.email_address,
        role: evt.data.role,
        status: evt.data.status ?? null,
      };
    case "organizationDomain.created":
    case "organizationDomain.updated":
      return { id: evt.data.id, org_id: evt.data.organization_id, name: evt.data.name, verified: evt.data.verification?.status === "verified" };
    case "organizationDomain.deleted":
      return { id: evt.data.id, deleted: evt.data.deleted };
    case "role.created":
    case "role.updated":
    case "role.deleted":
      return { key: evt.data.key, permissions: evt.data.permissions.map((permission) => permission.key) };
    case "permission.created":
    case "permission.updated":
    case "permission.deleted":
      return { key: evt.data.key };
    default:
      return { unhandled: true };
  }
}

const server = createServer((req, res) => {
  if (req.method !== "POST" || req.url !== "/api/webhooks") {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const payload = Buffer.concat(chunks).toString("utf8");
    const svixId = req.headers["svix-id"];
    const svixTimestamp = req.headers["svix-timestamp"];
    const svixSignature = req.headers["svix-signature"];
    if (!svixId || !svixTimestamp || !svixSignature) {
      print({ error: "missing svix headers" });
      res.writeHead(400).end("Error: Missing svix headers");
      return;
    }
    let evt;
    try {
      wh.verify(payload, { "svix-id": svixId, "svix-timestamp": svixTimestamp, "svix-signature": svixSignature });
      evt = JSON.parse(payload);
    } catch (err) {
      print({ error: "verification failed: " + String((err && err.message) || err) });
      res.writeHead(400).end("Error: Verification error");
      return;
    }
    try {
      print({ type: evt.type, svix_id: svixId, ...handle(evt) });
      res.writeHead(200).end("Webhook received");
    } catch (err) {
      print({ type: evt.type, svix_id: svixId, error: "handler failed: " + String((err && err.message) || err) });
      res.writeHead(500).end("Error: handler failed");
    }
  });
});
server.listen(PORT, "127.0.0.1", () => print({ listening: PORT }));
