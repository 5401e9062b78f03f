import { describe, expect, it } from "vitest";

import { formatTime, looksLikeEmail, organizationName, splitEmails } from "./format";

describe("splitEmails", () => {
  it("splits on commas, semicolons, spaces and new lines and drops duplicates ignoring case", () => {
    expect(splitEmails("a@x.io, b@x.io;c@x.io\nA@x.io  d@x.io")).toEqual(["a@x.io", "b@x.io", "c@x.io", "d@x.io"]);
  });

  it("gives nothing for blank input", () => {
    expect(splitEmails(" \n , ")).toEqual([]);
  });
});

describe("looksLikeEmail", () => {
  it.each([
    ["dave@example.com", true],
    ["d.e+tag@sub.example.org", true],
    ["dave", false],
    ["dave@example", false],
    ["da ve@example.com", false],
    ["@example.com", false],
  ])("%s → %s", (email, ok) => {
    expect(looksLikeEmail(email)).toBe(ok);
  });
});

describe("organizationName", () => {
  it("prefers the name, then the slug, then the id", () => {
    expect(organizationName({ organization_name: "Acme", organization_slug: "acme", organization_id: "o" })).toBe("Acme");
    expect(organizationName({ organization_slug: "acme", organization_id: "o" })).toBe("acme");
    expect(organizationName({ organization_id: "o1" })).toBe("o1");
  });
});

describe("formatTime", () => {
  it("reads epoch seconds and milliseconds alike", () => {
    expect(formatTime(1_700_000_000, "en")).toBe(formatTime(1_700_000_000_000, "en"));
  });

  it("keeps text it cannot read", () => {
    expect(formatTime("soon", "en")).toBe("soon");
  });
});
