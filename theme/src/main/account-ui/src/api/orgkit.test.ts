import { describe, expect, it } from "vitest";

import type { Api } from "./client";
import { removeLogo, securitySettings, updateSecuritySettings, uploadLogo } from "./orgkit";

/** An Api that records the calls and answers with `answer`. */
function fakeApi(answer: unknown) {
  const calls: { method: string; path: string; body?: unknown; query?: unknown; signal?: AbortSignal }[] = [];
  const api: Api = {
    get: async <T>(path: string, query?: unknown, signal?: AbortSignal) => {
      calls.push({ method: "GET", path, query, signal });
      return answer as T;
    },
    post: async <T>(path: string, body?: unknown) => {
      calls.push({ method: "POST", path, body });
      return answer as T;
    },
    put: async <T>(path: string, body?: unknown) => {
      calls.push({ method: "PUT", path, body });
      return answer as T;
    },
    patch: async <T>(path: string, body?: unknown) => {
      calls.push({ method: "PATCH", path, body });
      return answer as T;
    },
    upload: async <T>(path: string, body: Blob) => {
      calls.push({ method: "PUT", path, body });
      return answer as T;
    },
    del: async (path: string) => {
      calls.push({ method: "DELETE", path });
    },
    userId: () => "me",
  };
  return { api, calls };
}

describe("security settings", () => {
  it("reads GET organizations/{org}/security", async () => {
    const { api, calls } = fakeApi({ mfa_required: true });
    const signal = new AbortController().signal;
    await expect(securitySettings(api, "acme corp", signal)).resolves.toEqual({ mfa_required: true });
    expect(calls).toEqual([{ method: "GET", path: "organizations/acme%20corp/security", query: undefined, signal }]);
  });

  it("saves with PUT and exactly {mfa_required}", async () => {
    const { api, calls } = fakeApi({ mfa_required: false });
    await expect(updateSecuritySettings(api, "acme", false)).resolves.toEqual({ mfa_required: false });
    expect(calls).toEqual([{ method: "PUT", path: "organizations/acme/security", body: { mfa_required: false } }]);
  });
});

describe("logo", () => {
  it("uploads the file itself as the body of PUT organizations/{org}/logo", async () => {
    const { api, calls } = fakeApi({ id: "o", has_image: true });
    const file = new Blob([new Uint8Array([0x89, 0x50])], { type: "image/png" });
    await expect(uploadLogo(api, "acme corp", file)).resolves.toEqual({ id: "o", has_image: true });
    expect(calls).toEqual([{ method: "PUT", path: "organizations/acme%20corp/logo", body: file }]);
  });

  it("removes with DELETE organizations/{org}/logo", async () => {
    const { api, calls } = fakeApi(undefined);
    await removeLogo(api, "acme");
    expect(calls).toEqual([{ method: "DELETE", path: "organizations/acme/logo" }]);
  });
});
