// Reads a token the way an app using Clerk's SDKs does, with Clerk's own published code and
// nothing of orgkit's: @clerk/backend's decodeJwt, @clerk/shared's JWT payload parser (session
// token v1 flat claims, or v2 with v, fea and o), and the has() of @clerk/backend's auth object.
// Protocol: one JSON object on stdin, {"token": "<jwt>", "has": [{"permission": "org:x:y"}, {"role": "org:r"}, ...]},
// one answer on stdout: {"orgId", "orgSlug", "orgRole", "orgPermissions", "has": [true, false, ...]} or {"error": "..."}.
import { text } from "node:stream/consumers";
import { decodeJwt } from "@clerk/backend/jwt";
import { signedInAuthObject } from "@clerk/backend/internal";
import { __experimental_JWTPayloadToAuthObjectProperties as authObjectProperties } from "@clerk/shared/jwtPayloadParser";

let answer;
try {
  const request = JSON.parse(await text(process.stdin));
  const claims = decodeJwt(request.token).payload;
  const { orgId, orgSlug, orgRole, orgPermissions } = authObjectProperties(claims);
  const auth = signedInAuthObject({}, request.token, claims);
  answer = { orgId, orgSlug, orgRole, orgPermissions, has: (request.has ?? []).map((check) => auth.has(check)) };
} catch (e) {
  answer = { error: String((e && e.message) || e) };
}
process.stdout.write(JSON.stringify(answer) + "\n");
