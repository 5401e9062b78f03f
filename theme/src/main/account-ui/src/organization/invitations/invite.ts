import type { Role, SentInvitation } from "../../api/orgkit";
import { looksLikeEmail } from "../../invitations/format";

/** The API takes at most this many addresses in one (all or nothing) request. */
export const MAX_PER_REQUEST = 50;

/** The role (its key) the form offers first: org:member when the inviter may give it, else the first one they may. */
export function defaultRole(assignable: Pick<Role, "key">[]): string {
  return (assignable.find((role) => role.key === "org:member") ?? assignable[0])?.key ?? "";
}

export type EmailsProblem = { kind: "invalid"; emails: string[] } | { kind: "too_many"; max: number };

/** What keeps the typed addresses from being sent: addresses that are not ones first, then too many. */
export function emailsProblem(emails: string[]): EmailsProblem | undefined {
  const invalid = emails.filter((email) => !looksLikeEmail(email));
  if (invalid.length > 0) return { kind: "invalid", emails: invalid };
  if (emails.length > MAX_PER_REQUEST) return { kind: "too_many", max: MAX_PER_REQUEST };
  return undefined;
}

/** The invitations whose email did not go out: the inviter gets their links to pass on. */
export function notMailed(sent: SentInvitation[]): SentInvitation[] {
  return sent.filter((invitation) => invitation.email_sent === false);
}
