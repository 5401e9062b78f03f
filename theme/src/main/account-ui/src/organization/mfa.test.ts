import { describe, expect, it } from "vitest";

import { mfaView } from "./mfa";

const loading = { loading: true };
const loaded = (required: boolean) => ({ data: { mfa_required: required }, loading: false });
// Shaped like ApiError (importing api/client needs the page's DOM).
const failed = (status: number) => ({ error: { status, error: `http_${status}` }, loading: false });

describe("mfaView", () => {
  it("shows the switch to holders of org:sys_profile:manage, the state as text to others", () => {
    expect(mfaView(true, loaded(true))).toBe("switch");
    expect(mfaView(false, loaded(false))).toBe("text");
  });

  it("shows loading while the settings are read", () => {
    expect(mfaView(true, loading)).toBe("loading");
    expect(mfaView(false, loading)).toBe("loading");
  });

  it("shows an error with retry to managers, nothing to read-only members", () => {
    expect(mfaView(true, failed(500))).toBe("error");
    expect(mfaView(true, { error: new TypeError("network"), loading: false })).toBe("error");
    expect(mfaView(false, failed(500))).toBe("hidden");
  });

  it("shows nothing when the server has no security settings (404)", () => {
    expect(mfaView(true, failed(404))).toBe("hidden");
    expect(mfaView(false, failed(404))).toBe("hidden");
  });
});
