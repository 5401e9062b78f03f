/** What the server accepts as a logo (it decides by the content; this only spares a pointless upload). */
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"];

/** 1 MiB. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoProblem = "type" | "size" | "empty";

/** Why a chosen file cannot be a logo, or undefined when it may be one. */
export function logoProblem(file: { type: string; size: number }): LogoProblem | undefined {
  if (file.size === 0) return "empty";
  if (!LOGO_TYPES.includes(file.type)) return "type";
  if (file.size > LOGO_MAX_BYTES) return "size";
  return undefined;
}

/** Up to two initials of an organization's name, for organizations without a logo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : words.slice(0, 1);
  return letters.map((word) => Array.from(word)[0]?.toUpperCase() ?? "").join("") || "?";
}
