// Verifies webhook deliveries for the integration tests with libraries orgkit shares no code with:
// the standardwebhooks package (webhook-* headers) and the svix package (svix-* headers).
// Protocol: one JSON object per line on stdin,
//   {"library": "standardwebhooks" | "svix", "secret": "whsec_...", "headers": {...}, "body": "..."}
// and one answer per line on stdout: {"ok": true} or {"ok": false, "error": "..."}.
import { createInterface } from "node:readline";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  let answer;
  try {
    const request = JSON.parse(line);
    const Implementation = request.library === "svix" ? SvixWebhook : StandardWebhook;
    new Implementation(request.secret).verify(request.body, request.headers);
    answer = { ok: true };
  } catch (e) {
    answer = { ok: false, error: String((e && e.message) || e) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
