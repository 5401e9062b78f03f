import { describe, expect, it } from "vitest";

import { slugFromName, slugProblem } from "./slug";

const reserved = ["admin", "api", "settings"];

describe("slugProblem", () => {
  it.each([
    ["acme", undefined],
    ["acme-inc", undefined],
    ["a1-b2-c3", undefined],
    ["ab", undefined],
    ["x".repeat(63), undefined],
    ["", undefined],
    ["a", "length"],
    ["x".repeat(64), "length"],
    ["-acme", "hyphenEdge"],
    ["acme-", "hyphenEdge"],
    ["ac--me", "doubleHyphen"],
    ["Acme", "characters"],
    ["acme_inc", "characters"],
    ["acmé", "characters"],
    ["ac me", "characters"],
    ["admin", "reserved"],
    ["settings", "reserved"],
  ])("answers %j with %s", (slug, problem) => {
    expect(slugProblem(slug, reserved)).toBe(problem);
  });

  it("does not treat a slug that merely contains a reserved word as reserved", () => {
    expect(slugProblem("admin-team", reserved)).toBeUndefined();
  });
});

describe("slugFromName", () => {
  it.each([
    ["Acme", "acme"],
    ["Acme Inc.", "acme-inc"],
    ["  Crème Brûlée & Co  ", "creme-brulee-co"],
    ["A", "org-a"],
    ["!!!", "org"],
    ["x".repeat(70), "x".repeat(63)],
  ])("makes %j into %j", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
});
