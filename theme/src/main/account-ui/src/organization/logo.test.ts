import { describe, expect, it } from "vitest";

import { initials, LOGO_MAX_BYTES, logoProblem } from "./logo";

describe("logo file check", () => {
  it.each(["image/png", "image/jpeg", "image/webp"])("accepts %s up to 1 MiB", (type) => {
    expect(logoProblem({ type, size: LOGO_MAX_BYTES })).toBeUndefined();
  });

  it.each(["image/svg+xml", "image/gif", "text/html", ""])("refuses the type %s", (type) => {
    expect(logoProblem({ type, size: 10 })).toBe("type");
  });

  it("refuses more than 1 MiB and an empty file", () => {
    expect(logoProblem({ type: "image/png", size: LOGO_MAX_BYTES + 1 })).toBe("size");
    expect(logoProblem({ type: "image/png", size: 0 })).toBe("empty");
  });
});

describe("initials", () => {
  it.each([
    ["Acme", "A"],
    ["acme corporation", "AC"],
    ["  Globex   Inc  Ltd ", "GI"],
    ["Ürün", "Ü"],
    ["", "?"],
  ])("of %j is %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
