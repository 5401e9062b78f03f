import { describe, expect, it } from "vitest";

import type { Role, SentInvitation } from "../../api/orgkit";
import { defaultRole, emailsProblem, MAX_PER_REQUEST, notMailed } from "./invite";

const role = (key: string): Role => ({
  object: "role", id: `id-${key}`, key, name: key, description: null, permissions: [], is_creator_eligible: key === "org:admin",
  created_at: 0, updated_at: 0, system: false,
});

const sent = (email: string, emailSent: boolean): SentInvitation => ({
  object: "organization_invitation",
  id: email,
  email_address: email,
  role_name: "Member",
  organization_id: "o1",
  public_organization_data: { object: "organization", id: "o1", name: "Acme", slug: "acme", has_image: false },
  public_metadata: {},
  organization_slug: "acme",
  email,
  role: "org:member",
  status: "pending",
  created_at: 1,
  sent_at: 1,
  expires_at: 2,
  updated_at: 1,
  url: `https://kc.example/accept?token=${email}`,
  email_sent: emailSent,
});

describe("defaultRole", () => {
  it("offers org:member when the inviter may give it", () => {
    expect(defaultRole([role("org:billing"), role("org:member"), role("org:admin")])).toBe("org:member");
  });

  it("offers the first assignable role otherwise", () => {
    expect(defaultRole([role("org:billing"), role("org:support")])).toBe("org:billing");
  });

  it("offers nothing when the inviter may give no role", () => {
    expect(defaultRole([])).toBe("");
  });
});

describe("emailsProblem", () => {
  const addresses = (n: number) => Array.from({ length: n }, (_, i) => `user${i}@example.com`);

  it("accepts up to the request limit of well-formed addresses", () => {
    expect(emailsProblem(["dave@example.com"])).toBeUndefined();
    expect(emailsProblem(addresses(MAX_PER_REQUEST))).toBeUndefined();
  });

  it("names every address that is not one", () => {
    expect(emailsProblem(["dave@example.com", "frank", "gina@example"])).toEqual({ kind: "invalid", emails: ["frank", "gina@example"] });
  });

  it("refuses more addresses than one request takes", () => {
    expect(emailsProblem(addresses(MAX_PER_REQUEST + 1))).toEqual({ kind: "too_many", max: MAX_PER_REQUEST });
  });

  it("reports addresses that are not ones before too many", () => {
    expect(emailsProblem([...addresses(MAX_PER_REQUEST), "nope"])).toEqual({ kind: "invalid", emails: ["nope"] });
  });
});

describe("notMailed", () => {
  it("keeps the invitations whose email did not go out", () => {
    expect(notMailed([sent("a@x.io", true), sent("b@x.io", false)]).map((i) => i.email)).toEqual(["b@x.io"]);
    expect(notMailed([sent("a@x.io", true)])).toEqual([]);
  });
});
