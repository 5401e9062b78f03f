import type { Membership, Role } from "./api/orgkit";

/** orgkit's system permissions (RoleNames in spi-organizations). */
export const PROFILE_MANAGE = "org:sys_profile:manage";
export const PROFILE_DELETE = "org:sys_profile:delete";
export const MEMBERSHIPS_READ = "org:sys_memberships:read";
export const MEMBERSHIPS_MANAGE = "org:sys_memberships:manage";

/** Whether my role in this organization holds a permission. The API decides again. */
export function can(membership: Pick<Membership, "permissions"> | undefined, permission: string): boolean {
  return !!membership?.permissions?.includes(permission);
}

/**
 * Whether I may hand out (or act on a member holding) this role of the catalog: my role must hold
 * every permission of it ("nobody hands out more than they hold"). A membership lists permission
 * keys; a catalog role lists permission objects, compared by their `key`.
 */
export function covers(membership: Pick<Membership, "permissions"> | undefined, role: Pick<Role, "permissions"> | undefined): boolean {
  if (!membership || !role) return false;
  return role.permissions.every((permission) => membership.permissions.includes(permission.key));
}

export const DOMAINS_READ = "org:sys_domains:read";
export const DOMAINS_MANAGE = "org:sys_domains:manage";
