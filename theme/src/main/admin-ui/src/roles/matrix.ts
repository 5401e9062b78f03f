/** What the matrix needs of a role and a permission. */
type RoleLike = { key: string; permissions: { key: string; system: boolean }[] };
type PermissionLike = { key: string; system: boolean };

export const ADMIN_ROLE = "org:admin";

export function holds(role: RoleLike, permission: string): boolean {
  return role.permissions.some((p) => p.key === permission);
}

/** org:admin keeps every system permission: those cells cannot be changed. */
export function isFixed(role: RoleLike, permission: PermissionLike): boolean {
  return role.key === ADMIN_ROLE && permission.system;
}

/** The role's permission keys with `permission` added or taken away, sorted. */
export function toggled(role: RoleLike, permission: string): string[] {
  const keys = role.permissions.map((p) => p.key);
  const next = keys.includes(permission) ? keys.filter((k) => k !== permission) : [...keys, permission];
  return next.sort();
}
