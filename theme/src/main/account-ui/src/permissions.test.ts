import { describe, expect, it } from "vitest";

import { can, covers, MEMBERSHIPS_MANAGE, MEMBERSHIPS_READ, PROFILE_DELETE } from "./permissions";

const admin = { permissions: ["org:sys_profile:manage", PROFILE_DELETE, MEMBERSHIPS_READ, MEMBERSHIPS_MANAGE] };
const member = { permissions: [MEMBERSHIPS_READ] };
const billing = { permissions: [MEMBERSHIPS_READ, "org:invoices:read"] };

describe("can", () => {
  it("answers from the role's permissions", () => {
    expect(can(admin, MEMBERSHIPS_MANAGE)).toBe(true);
    expect(can(member, MEMBERSHIPS_MANAGE)).toBe(false);
    expect(can(undefined, MEMBERSHIPS_READ)).toBe(false);
  });
});

describe("covers", () => {
  it("lets a role hand out roles whose permissions it holds", () => {
    expect(covers(admin, member)).toBe(true);
    expect(covers(admin, admin)).toBe(true);
  });

  it("refuses roles with a permission the caller lacks", () => {
    expect(covers(member, admin)).toBe(false);
    expect(covers(admin, billing)).toBe(false);
  });

  it("refuses when either side is unknown", () => {
    expect(covers(undefined, member)).toBe(false);
    expect(covers(admin, undefined)).toBe(false);
  });
});
