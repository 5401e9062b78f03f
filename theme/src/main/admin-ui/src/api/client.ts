import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import type Keycloak from "keycloak-js";
import { useMemo } from "react";

import { environment, joinPath } from "../environment";

/**
 * An answer of the orgkit admin API other than 2xx, as the API words it:
 * `{"error", "error_description"}` and the status.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description || error);
    this.name = "ApiError";
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

export type Api = {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  del(path: string): Promise<void>;
};

/**
 * Calls `/admin/realms/{realm}/orgkit` with the admin console's own token (the signed-in admin's,
 * client security-admin-console): the same endpoints, checks and errors as a script with curl.
 */
export function createApi(keycloak: Keycloak, adminBaseUrl: string, realm: string): Api {
  const base = joinPath(adminBaseUrl, "admin", "realms", encodeURIComponent(realm), "orgkit");

  async function token(): Promise<string> {
    try {
      await keycloak.updateToken(10);
    } catch {
      await keycloak.login();
    }
    return keycloak.token ?? "";
  }

  async function request<T>(method: string, path: string, body?: unknown, query?: Query, signal?: AbortSignal) {
    const url = new URL(joinPath(base, path));
    Object.entries(query ?? {}).forEach(([name, value]) => {
      if (value !== undefined && value !== "") url.searchParams.set(name, String(value));
    });
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: `Bearer ${await token()}`,
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const text = await response.text();
    let json: unknown = undefined;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (!response.ok) {
      const error = (json ?? {}) as { error?: string; error_description?: string };
      throw new ApiError(response.status, error.error ?? `http_${response.status}`, error.error_description ?? response.statusText);
    }
    return json as T;
  }

  return {
    get: (path, query, signal) => request("GET", path, undefined, query, signal),
    post: (path, body) => request("POST", path, body ?? {}),
    put: (path, body) => request("PUT", path, body ?? {}),
    patch: (path, body) => request("PATCH", path, body ?? {}),
    del: async (path) => {
      await request<void>("DELETE", path);
    },
  };
}

/** The orgkit admin API of the realm the console shows. */
export function useApi(): Api {
  const { keycloak } = useAdminClient();
  const { realm } = useRealm();
  return useMemo(() => createApi(keycloak, environment.adminBaseUrl, realm), [keycloak, realm]);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** What the console shows for a failed call: the API's own words, with the status. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    return `${error.description || error.error} (${error.status} ${error.error})`;
  }
  if (error instanceof TypeError) return `The server could not be reached: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
