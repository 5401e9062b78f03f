import { describe, expect, it } from "vitest";

import { invitationBody, looksLikeAddress, parseAddresses } from "./invitations";

describe("bulk invitations", () => {
  it("reads one address per line or separated by commas, once each", () => {
    expect(parseAddresses("a@x.example\nb@x.example, c@x.example; A@X.example  \n\n")).toEqual([
      "a@x.example",
      "b@x.example",
      "c@x.example",
    ]);
    expect(parseAddresses("   ")).toEqual([]);
  });

  it("sends one object for one address and an array for more", () => {
    expect(invitationBody(["a@x.example"], "org:member")).toEqual({ email: "a@x.example", role: "org:member" });
    expect(invitationBody(["a@x.example", "b@x.example"], "org:admin")).toEqual([
      { email: "a@x.example", role: "org:admin" },
      { email: "b@x.example", role: "org:admin" },
    ]);
  });

  it("refuses what is not an address", () => {
    expect(looksLikeAddress("dave@example.com")).toBe(true);
    expect(looksLikeAddress("dave")).toBe(false);
    expect(looksLikeAddress("dave@localhost")).toBe(false);
  });
});
