import { describe, expect, it } from "vitest";

import { holds, isFixed, toggled } from "./matrix";

const admin = { key: "org:admin", permissions: [{ key: "org:sys_memberships:manage", system: true }] };
const billing = { key: "org:billing", permissions: [{ key: "org:invoices:read", system: false }] };

describe("roles matrix", () => {
  it("fixes only org:admin's system permissions", () => {
    expect(isFixed(admin, { key: "org:sys_memberships:manage", system: true })).toBe(true);
    expect(isFixed(admin, { key: "org:invoices:read", system: false })).toBe(false);
    expect(isFixed(billing, { key: "org:sys_memberships:manage", system: true })).toBe(false);
  });

  it("adds a permission a role lacks and takes away one it holds", () => {
    expect(holds(billing, "org:invoices:read")).toBe(true);
    expect(toggled(billing, "org:invoices:manage")).toEqual(["org:invoices:manage", "org:invoices:read"]);
    expect(toggled(billing, "org:invoices:read")).toEqual([]);
  });
});
