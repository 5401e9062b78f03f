/**
 * The two calls of orgkit's self-service API the switcher makes, with the caller's bearer token:
 * `GET /realms/{realm}/orgkit/me/organizations` and `PUT /realms/{realm}/orgkit/me/active-organization`.
 */

/** One of the user's organizations, as `GET /me/organizations` answers it (`Membership` in docs/openapi.yaml). */
export interface Membership {
  id: string;
  slug: string;
  name: string;
  enabled: boolean;
  /** The logo's public URL, only when there is one. */
  image_url?: string;
  has_image: boolean;
  /** The user's role there, e.g. `org:admin`. */
  role: string;
  permissions: string[];
  /** Whether it is the active organization of the session the token belongs to. */
  active?: boolean;
}

/** Returns the app's current access token (a Keycloak access token of a client whose web origins list the page's origin). */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/** A refusal of the API (its `error` and `error_description`), or no answer at all (`status` 0). */
export class SwitcherError extends Error {
  readonly status: number;
  readonly error: string;
  readonly description: string;

  constructor(status: number, error: string, description: string) {
    super(description);
    this.name = "SwitcherError";
    this.status = status;
    this.error = error;
    this.description = description;
  }
}

/** The largest page the API serves; the switcher shows at most this many organizations. */
export const MAX_ORGANIZATIONS = 100;

export class SwitcherApi {
  private readonly root: string;

  constructor(
    baseUrl: string,
    realm: string,
    private readonly getToken: TokenProvider,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.root = `${baseUrl.replace(/\/+$/, "")}/realms/${encodeURIComponent(realm)}/orgkit`;
  }

  /** The user's organizations, the active one marked (`active: true`). */
  async organizations(): Promise<Membership[]> {
    const body = await this.send("GET", `/me/organizations?max=${MAX_ORGANIZATIONS}`);
    if (!Array.isArray(body)) {
      throw new SwitcherError(200, "invalid_response", "The organization service answered something unexpected.");
    }
    return body as Membership[];
  }

  /** Makes `organizationId` (or none: the personal account) the active organization of the token's session. */
  async setActive(organizationId: string | null): Promise<void> {
    await this.send("PUT", "/me/active-organization", { organization: organizationId });
  }

  private async send(method: "GET" | "PUT", path: string, body?: unknown): Promise<unknown> {
    const token = await this.getToken();
    if (!token) {
      throw new SwitcherError(401, "not_signed_in", "You are not signed in.");
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.root + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
      });
    } catch {
      // A network failure, or a browser refusing the answer (CORS): the page learns nothing more.
      throw new SwitcherError(0, "network_error",
        `Could not reach the organization service at ${new URL(this.root).origin} (is this page's origin a web origin of the app's client?).`);
    }
    const text = await response.text();
    const json = parse(text);
    if (!response.ok) {
      const error = typeof json?.error === "string" ? json.error : `http_${response.status}`;
      const description = typeof json?.error_description === "string" && json.error_description
        ? json.error_description
        : describe(response.status, error);
      throw new SwitcherError(response.status, error, description);
    }
    return json;
  }
}

function parse(text: string): Record<string, unknown> | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function describe(status: number, error: string): string {
  if (status === 401) return "Your session has expired; sign in again.";
  if (status === 404 && error === "not_found") return "That organization was not found among yours.";
  return `The organization service refused the request (${status} ${error}).`;
}
