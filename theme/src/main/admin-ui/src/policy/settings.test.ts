import { describe, expect, it } from "vitest";

import { byFeature, changes, validate, type SettingDeclaration } from "./settings";

const setting = (key: string, kind: SettingDeclaration["kind"], feature = "core"): SettingDeclaration => ({
  key,
  attribute: `orgkit.${key}`,
  kind,
  default: "",
  description: "",
  feature,
});

describe("policy form", () => {
  it("accepts whole numbers for counts and refuses the rest", () => {
    expect(validate(setting("creation-limit", "count"), "3")).toBeUndefined();
    expect(validate(setting("creation-limit", "count"), "0")).toBeUndefined();
    expect(validate(setting("creation-limit", "count"), "-1")).toBe("must be a whole number, 0 or more");
    expect(validate(setting("creation-limit", "count"), "2.5")).toBeDefined();
    expect(validate(setting("creation-limit", "count"), "")).toBeDefined();
  });

  it("accepts only true and false for switches; text and lists are checked by the server", () => {
    expect(validate(setting("creation-enabled", "boolean"), "true")).toBeUndefined();
    expect(validate(setting("creation-enabled", "boolean"), "yes")).toBeDefined();
    expect(validate(setting("reserved-slugs", "list"), "a,,b")).toBeUndefined();
  });

  it("sends only the settings that changed, trimmed", () => {
    const saved = { "creation-enabled": "false", "creation-limit": "1", "default-role": "org:member" };
    expect(changes(saved, { ...saved })).toEqual({});
    expect(changes(saved, { ...saved, "creation-limit": " 5 ", "default-role": "org:member " })).toEqual({
      "creation-limit": "5",
    });
  });

  it("groups settings by the jar that declares them, core first", () => {
    const groups = byFeature([
      setting("audit-retention-days", "count", "audit"),
      setting("creation-limit", "count", "core"),
      setting("invitation-expiry-days", "count", "invitations"),
      setting("creation-enabled", "boolean", "core"),
    ]);
    expect(groups.map(([feature, settings]) => [feature, settings.map((s) => s.key)])).toEqual([
      ["core", ["creation-limit", "creation-enabled"]],
      ["audit", ["audit-retention-days"]],
      ["invitations", ["invitation-expiry-days"]],
    ]);
  });
});
