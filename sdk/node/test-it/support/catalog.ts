/** The demo realm's catalog (realm-export/orgkit-demo-realm.json, docs/claims.md). */
export const ROLES = ['org:admin', 'org:member', 'org:billing'] as const;

export const PERMISSIONS = [
  'org:sys_profile:manage',
  'org:sys_profile:delete',
  'org:sys_memberships:read',
  'org:sys_memberships:manage',
  'org:sys_domains:read',
  'org:sys_domains:manage',
  'org:sys_audit:read',
  'org:invoices:read',
  'org:invoices:manage',
] as const;

/** Each role's permissions in the catalog. */
export const ROLE_PERMISSIONS: Record<(typeof ROLES)[number], readonly string[]> = {
  'org:admin': PERMISSIONS,
  'org:member': ['org:sys_memberships:read'],
  'org:billing': ['org:sys_memberships:read', 'org:invoices:read', 'org:invoices:manage'],
};

/** What the mapper puts in org_permissions: sorted, without org:sys_* unless orgkit.system-permissions is on. */
export function tokenPermissions(role: (typeof ROLES)[number], systemPermissions = false): string[] {
  return ROLE_PERMISSIONS[role].filter((p) => systemPermissions || !p.startsWith('org:sys_')).sort();
}
