/** "Acme Corp" → "AC", "globex" → "G": what the avatar shows for an organization without a logo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0] ?? "").join("").toUpperCase();
}

/** "org:admin" → "Admin", "org:billing_manager" → "Billing manager" (Clerk shows roles this way). */
export function roleLabel(role: string): string {
  const key = role.startsWith("org:") ? role.slice(4) : role;
  const words = key.replace(/[_-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : role;
}
