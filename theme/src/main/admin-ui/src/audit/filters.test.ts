import { describe, expect, it } from "vitest";

import { auditQuery, NO_FILTERS } from "./filters";

describe("audit log filters", () => {
  it("leaves out empty filters", () => {
    expect(auditQuery(NO_FILTERS)).toEqual({ action: undefined, actor: undefined, from: undefined, to: undefined });
  });

  it("sends trimmed names and local times as instants", () => {
    const query = auditQuery({ action: " member.added ", actor: "u-1", from: "2026-12-01T10:00", to: "" });
    expect(query.action).toBe("member.added");
    expect(query.actor).toBe("u-1");
    expect(query.from).toBe(new Date("2026-12-01T10:00").toISOString());
    expect(query.to).toBeUndefined();
  });
});
