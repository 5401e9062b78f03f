import { describe, expect, it } from "vitest";

import type { CreationPolicy, Membership } from "../api/orgkit";
import { activeOf, createEntryOf, markActive, switchItems, toggleOf } from "./switcher";

const membership = (slug: string, extra: Partial<Membership> = {}): Membership => ({
  id: `id-${slug}`,
  slug,
  name: slug[0].toUpperCase() + slug.slice(1),
  enabled: true,
  has_image: false,
  role: "org:member",
  permissions: [],
  ...extra,
});

const acme = membership("acme");
const globex = membership("globex", { active: true });
const initech = membership("initech", { enabled: false });

const policy = (extra: Partial<CreationPolicy>): CreationPolicy => ({
  allowed: true,
  reason: null,
  limit: 1,
  created: 0,
  slug_min_length: 2,
  slug_max_length: 63,
  reserved_slugs: [],
  ...extra,
});

describe("toggleOf", () => {
  it("shows the active organization", () => {
    expect(toggleOf([acme, globex], false)).toEqual({ kind: "active", organization: globex });
  });

  it("says no organization is active when the user has some but none is active", () => {
    expect(toggleOf([acme, initech], false)).toEqual({ kind: "none-active" });
  });

  it("says the user has no organization when the list is empty", () => {
    expect(toggleOf([], false)).toEqual({ kind: "no-organizations" });
  });

  it("is loading until the list arrives", () => {
    expect(toggleOf(undefined, false)).toEqual({ kind: "loading" });
  });

  it("is unavailable when the list could not be loaded", () => {
    expect(toggleOf(undefined, true)).toEqual({ kind: "unavailable" });
  });

  it("keeps showing a list it has when a later reload fails", () => {
    expect(toggleOf([globex], true)).toEqual({ kind: "active", organization: globex });
  });
});

describe("createEntryOf", () => {
  it("offers to create when the policy allows it", () => {
    expect(createEntryOf(policy({ allowed: true }))).toEqual({ kind: "create" });
  });

  it("explains the limit with its number, not with how many the user created", () => {
    expect(createEntryOf(policy({ allowed: false, reason: "creation_limit_reached", limit: 3, created: 5 }))).toEqual({
      kind: "refused",
      reason: { key: "orgkitCreationLimitReached", values: { limit: 3 } },
    });
  });

  it("explains that creation is turned off when the realm disables it", () => {
    expect(createEntryOf(policy({ allowed: false, reason: "creation_disabled" }))).toEqual({
      kind: "refused",
      reason: { key: "orgkitCreationDisabled" },
    });
  });

  it("still gives a reason when the server refuses without one", () => {
    expect(createEntryOf(policy({ allowed: false, reason: null }))).toEqual({
      kind: "refused",
      reason: { key: "orgkitCreationNotAllowed" },
    });
  });

  it("shows nothing while the policy is unknown", () => {
    expect(createEntryOf(undefined)).toEqual({ kind: "hidden" });
  });
});

describe("switchItems", () => {
  it("marks the active organization and does not offer it again", () => {
    const items = switchItems([acme, globex]);
    expect(items.map((i) => [i.organization.slug, i.current, i.selectable])).toEqual([
      ["acme", false, true],
      ["globex", true, false],
    ]);
  });

  it("does not let a disabled organization be made active", () => {
    expect(switchItems([initech])[0]).toMatchObject({ current: false, selectable: false });
  });

  it("is empty before the list arrives", () => {
    expect(switchItems(undefined)).toEqual([]);
  });
});

describe("markActive", () => {
  it("moves the active mark to the organization the server answered with", () => {
    const marked = markActive([acme, globex], acme.id);
    expect(activeOf(marked)?.slug).toBe("acme");
    expect(marked.filter((m) => m.active)).toHaveLength(1);
  });

  it("clears every mark when no organization is active", () => {
    expect(markActive([acme, globex], null).some((m) => m.active)).toBe(false);
  });

  it("does not change the list it is given", () => {
    markActive([acme, globex], acme.id);
    expect(globex.active).toBe(true);
    expect(acme.active).toBeUndefined();
  });
});
