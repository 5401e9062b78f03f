/**
 * The slug rules of orgkit (SlugPolicy in spi-organizations), for validation while the user types:
 * 2 to 63 lowercase letters, digits and single hyphens, neither first nor last, and not reserved.
 * The server checks again; its answer wins.
 */
export const SLUG_MIN = 2;
export const SLUG_MAX = 63;

export type SlugProblem = "length" | "hyphenEdge" | "doubleHyphen" | "characters" | "reserved";

const SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why `slug` is not acceptable, or undefined when it is. An empty slug is fine: the server makes one. */
export function slugProblem(slug: string, reserved: readonly string[] = [], min = SLUG_MIN, max = SLUG_MAX): SlugProblem | undefined {
  if (slug.length === 0) return undefined;
  if (slug.length < min || slug.length > max) return "length";
  if (slug !== slug.toLowerCase() || !SHAPE.test(slug)) {
    if (slug.startsWith("-") || slug.endsWith("-")) return "hyphenEdge";
    if (slug.includes("--")) return "doubleHyphen";
    return "characters";
  }
  if (reserved.includes(slug)) return "reserved";
  return undefined;
}

/** The slug the server makes from a name when none is given (before avoiding taken ones). */
export function slugFromName(name: string): string {
  let slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  slug = trimHyphens(slug);
  if (slug.length > SLUG_MAX) slug = trimHyphens(slug.substring(0, SLUG_MAX));
  if (slug.length < SLUG_MIN) slug = slug.length === 0 ? "org" : `org-${slug}`;
  return slug;
}

function trimHyphens(value: string): string {
  return value.replace(/^-+|-+$/g, "");
}
