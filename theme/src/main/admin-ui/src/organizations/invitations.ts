/** The statuses the invitation list filters by (the API's `status` values). */
export const STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * The addresses of a bulk invitation: one per line or separated by commas, semicolons or spaces;
 * duplicates (case-insensitive) once, in the order given.
 */
export function parseAddresses(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const address = raw.trim();
    if (!address) continue;
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

/** An address the form refuses before asking the server (the server checks again). */
export function looksLikeAddress(address: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address);
}

/** The request body: one object for one address, an array (all or nothing, at most 50) for more. */
export function invitationBody(addresses: string[], role: string) {
  const items = addresses.map((email) => ({ email, role }));
  return items.length === 1 ? items[0] : items;
}

export const MAX_BULK = 50;
