import type { Invitation } from "../api/orgkit";

/** The organization an invitation is for, whichever way the API names it. */
export function organizationName(
  invitation: Partial<Pick<Invitation, "organization_name" | "organization_slug" | "organization_id">>,
): string {
  return invitation.organization_name ?? invitation.organization_slug ?? invitation.organization_id ?? "";
}

export function inviterName(invitation: Invitation): string | undefined {
  return invitation.inviter_username;
}

/** A timestamp (epoch milliseconds, or seconds, or ISO text) as a local date and time. */
export function formatTime(value: string | number | undefined, locale: string): string {
  if (value === undefined || value === null || value === "") return "";
  const date = typeof value === "number" ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

/** Splits what the user typed into addresses: commas, semicolons, spaces and new lines separate them. */
export function splitEmails(text: string): string[] {
  const all = text
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter((email) => email.length > 0);
  return [...new Set(all.map((email) => email.toLowerCase()))];
}

/** A deliberately loose check: something@something.tld, no spaces. The server decides. */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}
