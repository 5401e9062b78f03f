import { describe, expect, it } from "vitest";

import type { Permission } from "./api/orgkit";
import { can, covers, MEMBERSHIPS_MANAGE, MEMBERSHIPS_READ, PROFILE_DELETE } from "./permissions";

/** A membership lists permission keys. */
const admin = { permissions: ["org:sys_profile:manage", PROFILE_DELETE, MEMBERSHIPS_READ, MEMBERSHIPS_MANAGE] };
const member = { permissions: [MEMBERSHIPS_READ] };

/** A catalog role lists permission objects (Clerk's PermissionJSON). */
const permission = (key: string): Permission => ({
  object: "permission", id: `id-${key}`, key, name: key, description: "", created_at: 0, updated_at: 0, system: key.startsWith("org:sys_"),
});
const role = (keys: string[]) => ({ permissions: keys.map(permission) });
const adminRole = role(admin.permissions);
const memberRole = role(member.permissions);
const billingRole = role([MEMBERSHIPS_READ, "org:invoices:read"]);

describe("can", () => {
  it("answers from the role's permissions", () => {
    expect(can(admin, MEMBERSHIPS_MANAGE)).toBe(true);
    expect(can(member, MEMBERSHIPS_MANAGE)).toBe(false);
    expect(can(undefined, MEMBERSHIPS_READ)).toBe(false);
  });
});

describe("covers", () => {
  it("lets a role hand out roles whose permissions it holds", () => {
    expect(covers(admin, memberRole)).toBe(true);
    expect(covers(admin, adminRole)).toBe(true);
    expect(covers(member, role([]))).toBe(true);
  });

  it("refuses roles with a permission the caller lacks", () => {
    expect(covers(member, adminRole)).toBe(false);
    expect(covers(admin, billingRole)).toBe(false);
  });

  it("refuses when either side is unknown", () => {
    expect(covers(undefined, memberRole)).toBe(false);
    expect(covers(admin, undefined)).toBe(false);
  });
});
