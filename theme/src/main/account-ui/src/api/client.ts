import { useEnvironment } from "@keycloak/keycloak-account-ui";
import type Keycloak from "keycloak-js";
import { useMemo } from "react";

import { joinPath } from "../environment";

/** An answer of the orgkit API other than 2xx: `{"error", "error_description"}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(description || error);
    this.name = "ApiError";
  }
}

export type Query = Record<string, string | number | undefined>;

export type Api = {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  /** PUT with a file as the raw body (its own type as Content-Type). */
  upload<T>(path: string, file: Blob): Promise<T>;
  del(path: string): Promise<void>;
  /** The signed-in user's id (`sub` of the console's token). */
  userId(): string | undefined;
};

/**
 * Calls `/realms/{realm}/orgkit` with the account console's own access token (client
 * `account-console`), refreshed first when it is about to expire.
 */
export function createApi(keycloak: Keycloak, serverBaseUrl: string, realm: string): Api {
  const base = joinPath(serverBaseUrl, "realms", encodeURIComponent(realm), "orgkit");

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
    const raw = body instanceof Blob;
    if (body !== undefined) headers["Content-Type"] = raw ? body.type || "application/octet-stream" : "application/json";
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
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
      const retryAfter = Number(response.headers.get("Retry-After") ?? "");
      throw new ApiError(
        response.status,
        error.error ?? `http_${response.status}`,
        error.error_description ?? response.statusText,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      );
    }
    return json as T;
  }

  return {
    get: (path, query, signal) => request("GET", path, undefined, query, signal),
    post: (path, body) => request("POST", path, body ?? {}),
    put: (path, body) => request("PUT", path, body ?? {}),
    patch: (path, body) => request("PATCH", path, body ?? {}),
    upload: (path, file) => request("PUT", path, file),
    del: async (path) => {
      await request<void>("DELETE", path);
    },
    userId: () => keycloak.tokenParsed?.sub,
  };
}

/** The orgkit API client of the signed-in console. */
export function useApi(): Api {
  const { keycloak, environment } = useEnvironment();
  return useMemo(
    () => createApi(keycloak, environment.serverBaseUrl, environment.realm),
    [keycloak, environment.serverBaseUrl, environment.realm],
  );
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
