import { describe, expect, it } from 'vitest';
import { authFromClaims, signedOut } from '../src/index.js';
import { PERMISSIONS, ROLES, tokenPermissions } from './support/catalog.js';

function member(role: (typeof ROLES)[number], systemPermissions = false) {
  return authFromClaims({
    sub: 'u', sid: 's', org_id: 'org-1', org_slug: 'acme', org_role: role,
    org_permissions: tokenPermissions(role, systemPermissions),
  }, 'token');
}

/** Spelled out: what has() answers true for, per role; everything else of the catalog is false. */
const TRUE_BY_DEFAULT: Record<(typeof ROLES)[number], string[]> = {
  'org:admin': ['org:admin', 'org:invoices:read', 'org:invoices:manage'],
  'org:member': ['org:member'],
  'org:billing': ['org:billing', 'org:invoices:read', 'org:invoices:manage'],
};
/** With orgkit.system-permissions on, the role's system permissions as well. */
const TRUE_WITH_SYSTEM_PERMISSIONS: Record<(typeof ROLES)[number], string[]> = {
  'org:admin': ['org:admin', ...PERMISSIONS],
  'org:member': ['org:member', 'org:sys_memberships:read'],
  'org:billing': ['org:billing', 'org:sys_memberships:read', 'org:invoices:read', 'org:invoices:manage'],
};

const cases = ROLES.flatMap((role) => [false, true].flatMap((system) => {
  const truths = (system ? TRUE_WITH_SYSTEM_PERMISSIONS : TRUE_BY_DEFAULT)[role];
  return [
    ...ROLES.map((asked) => ({ role, system, check: { role: asked } as const, expected: truths.includes(asked) })),
    ...PERMISSIONS.map((permission) => ({ role, system, check: { permission } as const, expected: truths.includes(permission) })),
  ];
}));

describe('has()', () => {
  it('covers every role and permission of the demo catalog, with and without system permissions', () => {
    expect(cases).toHaveLength(ROLES.length * 2 * (ROLES.length + PERMISSIONS.length));
  });

  it.each(cases)('$role (system permissions $system): has($check) is $expected', ({ role, system, check, expected }) => {
    expect(member(role, system).has(check)).toBe(expected);
  });

  it('leaves org:sys_* out by default, like Clerk: even org:admin does not "have" them', () => {
    const admin = member('org:admin');

    expect(admin.orgPermissions).toEqual(['org:invoices:manage', 'org:invoices:read']);
    expect(admin.has({ permission: 'org:sys_memberships:manage' })).toBe(false);
    expect(member('org:member').orgPermissions).toEqual([]);
  });

  it.each([...ROLES.map((role) => ({ role })), ...PERMISSIONS.map((permission) => ({ permission }))])(
    'is false for %o without an active organization, even when the token lists it',
    (check) => {
      const auth = authFromClaims({ sub: 'u', org_role: 'org:admin', org_permissions: [...PERMISSIONS] });

      expect(auth.isAuthenticated).toBe(true);
      expect(auth.orgId).toBeNull();
      expect(auth.orgRole).toBeNull();
      expect(auth.has(check)).toBe(false);
    },
  );

  it.each([...ROLES.map((role) => ({ role })), ...PERMISSIONS.map((permission) => ({ permission }))])(
    'is false for %o when signed out',
    (check) => {
      expect(signedOut().has(check)).toBe(false);
      expect(signedOut('token_expired').has(check)).toBe(false);
    },
  );

  it('matches role keys exactly', () => {
    const admin = member('org:admin');

    expect(admin.has({ role: 'admin' })).toBe(false);
    expect(admin.has({ role: 'org:Admin' })).toBe(false);
    expect(admin.has({} as never)).toBe(false);
  });

  it('maps the claims to the auth fields', () => {
    const auth = member('org:billing');

    expect(auth).toMatchObject({
      isAuthenticated: true, userId: 'u', sessionId: 's', orgId: 'org-1', orgSlug: 'acme', orgRole: 'org:billing',
      orgPermissions: ['org:invoices:manage', 'org:invoices:read'], token: 'token',
    });
    expect(auth.tokenError).toBeUndefined();
  });
});
