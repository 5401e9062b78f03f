import { afterEach, describe, expect, it, vi } from "vitest";

import { initials, ORGANIZATION_CHANGED, roleLabel, type OrganizationChangedDetail } from "../src/index.js";
import {
  API,
  BOB,
  errorBox,
  errorText,
  listbox,
  membership,
  mockFetch,
  mountSwitcher,
  options,
  press,
  shadow,
  text,
  trigger,
} from "./fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe("<orgkit-organization-switcher> lists the user's organizations", () => {
  it("loads /me/organizations with the app's bearer token", async () => {
    const { calls } = mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    await mountSwitcher();

    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe("GET");
    expect(calls[0].url).toBe(`${API}/me/organizations?max=100`);
    expect(calls[0].authorization).toBe("Bearer bob-token");
  });

  it("shows the active organization in the button, with its initials and the user's role", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = await mountSwitcher();

    expect(text(trigger(element))).toBe("A Acme Member");
    expect(trigger(element).getAttribute("aria-haspopup")).toBe("listbox");
    expect(trigger(element).getAttribute("aria-expanded")).toBe("false");
    expect(element.activeOrganization?.slug).toBe("acme");
    expect(element.getAttribute("data-active-organization")).toBe("acme");
  });

  it("shows an organization's logo instead of initials when it has one", async () => {
    const logo = "http://keycloak.test:8080/realms/orgkit-demo/orgkit/organizations/id-acme/logo?v=1";
    mockFetch({
      "GET /me/organizations": { status: 200, body: [membership("acme", "Acme", "org:admin", true, { has_image: true, image_url: logo })] },
    });
    const element = await mountSwitcher();

    const img = shadow(element).querySelector("button img")!;
    expect(img.getAttribute("src")).toBe(logo);
    expect(img.getAttribute("part")).toBe("logo");
    expect(text(trigger(element))).toBe("Acme Admin");
  });

  it("opens a listbox of the other organizations with roles, then the personal account", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = await mountSwitcher();

    trigger(element).click();

    expect(listbox(element).hidden).toBe(false);
    expect(trigger(element).getAttribute("aria-expanded")).toBe("true");
    expect(options(element).map(text)).toEqual(["GC Globex Corporation Admin", "Personal account"]);
    expect(options(element)[1].getAttribute("part")).toBe("option option-personal");
  });

  it("says Personal account in the button when no organization is active, and offers every organization", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB.map((m) => ({ ...m, active: false })) } });
    const element = await mountSwitcher();

    expect(text(trigger(element))).toBe("Personal account");
    expect(element.activeOrganization).toBeNull();
    trigger(element).click();
    expect(options(element).map((o) => o.dataset.slug ?? "personal")).toEqual(["acme", "globex"]);
  });

  it("leaves the personal account out with hide-personal", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = await mountSwitcher((e) => e.setAttribute("hide-personal", ""));

    trigger(element).click();
    expect(options(element).map(text)).toEqual(["GC Globex Corporation Admin"]);
  });

  it("shows the API's error_description when the list cannot be loaded", async () => {
    mockFetch({
      "GET /me/organizations": { status: 401, body: { error: "unauthorized", error_description: "the token is not valid or has expired" } },
    });
    const element = await mountSwitcher();

    expect(errorBox(element).hidden).toBe(false);
    expect(text(errorText(element))).toBe("the token is not valid or has expired");
  });

  it("lets the user dismiss the error", async () => {
    mockFetch({ "GET /me/organizations": { status: 500, body: { error: "server_error" } } });
    const element = await mountSwitcher();
    expect(text(errorText(element))).toBe("The organization service refused the request (500 server_error).");

    shadow(element).querySelector<HTMLButtonElement>("button[aria-label=Dismiss]")!.click();

    expect(errorBox(element).hidden).toBe(true);
    expect(shadow(element).activeElement).toBe(trigger(element));
  });

  it("says the service is unreachable when the browser refuses the answer (CORS) or the network fails", async () => {
    mockFetch({ "GET /me/organizations": new TypeError("Failed to fetch") });
    const element = await mountSwitcher();

    expect(text(errorText(element))).toContain("Could not reach the organization service at http://keycloak.test:8080");
  });

  it("waits for getToken before it loads", async () => {
    const { calls } = mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = document.createElement("orgkit-organization-switcher");
    element.setAttribute("base-url", "http://keycloak.test:8080/");
    element.setAttribute("realm", "orgkit-demo");
    document.body.append(element);
    await Promise.resolve();
    expect(calls).toHaveLength(0);

    element.getToken = () => "later-token";
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].url).toBe(`${API}/me/organizations?max=100`);
    expect(calls[0].authorization).toBe("Bearer later-token");
  });
});

describe("switching", () => {
  it("PUTs the chosen organization with the bearer token, awaits refreshToken, then fires orgkit:organization-changed", async () => {
    const steps: string[] = [];
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": () => {
        steps.push("put");
        return { status: 200, body: { organization: { slug: "globex", role: "org:admin" } } };
      },
    });
    let finishRefresh = () => {};
    const element = await mountSwitcher((e) => {
      e.refreshToken = () => {
        steps.push("refresh");
        return new Promise<void>((resolve) => (finishRefresh = resolve));
      };
    });
    const events: OrganizationChangedDetail[] = [];
    document.addEventListener(ORGANIZATION_CHANGED, (event) => {
      steps.push("event");
      events.push(event.detail);
    });

    trigger(element).click();
    options(element)[0].click();

    await vi.waitFor(() => expect(steps).toEqual(["put", "refresh"]));
    const put = calls[1];
    expect(put.method).toBe("PUT");
    expect(put.url).toBe(`${API}/me/active-organization`);
    expect(put.authorization).toBe("Bearer bob-token");
    expect(put.contentType).toBe("application/json");
    expect(put.body).toEqual({ organization: "id-globex" });
    expect(events).toEqual([]);

    finishRefresh();
    await vi.waitFor(() => expect(steps).toEqual(["put", "refresh", "event"]));
    expect(events).toEqual([{ organizationId: "id-globex", slug: "globex" }]);
    expect(text(trigger(element))).toBe("GC Globex Corporation Admin");
    expect(listbox(element).hidden).toBe(true);
    expect(errorBox(element).hidden).toBe(true);
  });

  it("fires the event composed, so it crosses the shadow root of an app's own component", async () => {
    mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: null } },
    });
    const host = document.createElement("div");
    document.body.append(host);
    const appShadow = host.attachShadow({ mode: "open" });
    const element = document.createElement("orgkit-organization-switcher");
    element.setAttribute("base-url", "http://keycloak.test:8080");
    element.setAttribute("realm", "orgkit-demo");
    element.getToken = () => "bob-token";
    appShadow.append(element);
    await vi.waitFor(() => expect(trigger(element).getAttribute("aria-busy")).toBe("false"));
    const seen = vi.fn();
    document.addEventListener(ORGANIZATION_CHANGED, (event) => seen(event.detail));

    trigger(element).click();
    options(element)[1].click(); // Personal account

    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ organizationId: null, slug: null }));
  });

  it("sends null for the personal account", async () => {
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: null } },
    });
    const element = await mountSwitcher();

    trigger(element).click();
    options(element).find((o) => text(o) === "Personal account")!.click();

    await vi.waitFor(() => expect(text(trigger(element))).toBe("Personal account"));
    expect(calls[1].body).toEqual({ organization: null });
  });

  it("shows the API's error_description (403 mfa_required) and neither refreshes nor fires the event", async () => {
    mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": {
        status: 403,
        body: { error: "mfa_required", error_description: "Globex requires two-factor authentication; sign in again with a second factor" },
      },
    });
    const refresh = vi.fn();
    const element = await mountSwitcher((e) => (e.refreshToken = refresh));
    const seen = vi.fn();
    element.addEventListener(ORGANIZATION_CHANGED, seen);

    trigger(element).click();
    options(element)[0].click();

    await vi.waitFor(() => expect(errorBox(element).hidden).toBe(false));
    expect(text(errorText(element))).toBe("Globex requires two-factor authentication; sign in again with a second factor");
    expect(text(trigger(element))).toBe("A Acme Member");
    expect(refresh).not.toHaveBeenCalled();
    expect(seen).not.toHaveBeenCalled();

    trigger(element).click();
    expect(errorBox(element).hidden, "opening the list again clears the error, which would cover it").toBe(true);
  });

  it("says so when the app's refreshToken fails after the switch, without firing the event", async () => {
    mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: { slug: "globex" } } },
    });
    const element = await mountSwitcher((e) => (e.refreshToken = () => Promise.reject(new Error("session expired"))));
    const seen = vi.fn();
    element.addEventListener(ORGANIZATION_CHANGED, seen);

    trigger(element).click();
    options(element)[0].click();

    await vi.waitFor(() => expect(errorBox(element).hidden).toBe(false));
    expect(text(errorText(element))).toBe("Switched to Globex Corporation, but refreshing your session failed: session expired");
    expect(seen).not.toHaveBeenCalled();
  });
});

describe("keyboard", () => {
  it("opens with ArrowDown, moves with the arrows, Home and End, and switches with Enter", async () => {
    const three = [...BOB, membership("initech", "Initech", "org:billing_manager")];
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: three },
      "PUT /me/active-organization": { status: 200, body: { organization: { slug: "initech" } } },
    });
    const element = await mountSwitcher();
    const list = listbox(element);
    const highlighted = () => shadow(element).getElementById(list.getAttribute("aria-activedescendant")!);

    trigger(element).focus();
    press(trigger(element), "ArrowDown");
    expect(list.hidden).toBe(false);
    expect(shadow(element).activeElement).toBe(list);
    expect(text(highlighted()!)).toBe("GC Globex Corporation Admin");
    expect(highlighted()!.getAttribute("aria-selected")).toBe("true");

    press(list, "ArrowDown");
    expect(text(highlighted()!)).toBe("I Initech Billing manager");
    press(list, "ArrowDown");
    expect(text(highlighted()!)).toBe("Personal account");
    press(list, "ArrowDown");
    expect(text(highlighted()!)).toBe("Personal account");
    press(list, "Home");
    expect(text(highlighted()!)).toBe("GC Globex Corporation Admin");
    press(list, "End");
    press(list, "ArrowUp");
    expect(text(highlighted()!)).toBe("I Initech Billing manager");
    expect(options(element).filter((o) => o.getAttribute("aria-selected") === "true")).toHaveLength(1);

    press(list, "Enter");
    await vi.waitFor(() => expect(text(trigger(element))).toBe("I Initech Billing manager"));
    expect(calls[1].body).toEqual({ organization: "id-initech" });
    expect(shadow(element).activeElement).toBe(trigger(element));
  });

  it("opens with Enter or Space, Escape closes and gives the focus back to the button, Space chooses", async () => {
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: { slug: "globex" } } },
    });
    const element = await mountSwitcher();

    press(trigger(element), "Enter");
    expect(listbox(element).hidden).toBe(false);
    press(listbox(element), "Escape");
    expect(listbox(element).hidden).toBe(true);
    expect(trigger(element).getAttribute("aria-expanded")).toBe("false");
    expect(shadow(element).activeElement).toBe(trigger(element));

    press(trigger(element), " ");
    expect(listbox(element).hidden).toBe(false);
    press(listbox(element), " ");
    await vi.waitFor(() => expect(text(trigger(element))).toBe("GC Globex Corporation Admin"));
    expect(calls[1].body).toEqual({ organization: "id-globex" });
  });

  it("opens with ArrowUp on the last choice", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = await mountSwitcher();

    press(trigger(element), "ArrowUp");
    const list = listbox(element);
    expect(text(shadow(element).getElementById(list.getAttribute("aria-activedescendant")!)!)).toBe("Personal account");
  });

  it("closes when the user clicks elsewhere on the page", async () => {
    mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const element = await mountSwitcher();
    const outside = document.createElement("p");
    document.body.append(outside);

    trigger(element).click();
    outside.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, composed: true }));
    expect(listbox(element).hidden).toBe(true);
  });
});

describe("labels", () => {
  it.each([
    ["Acme", "A"],
    ["Globex Corporation", "GC"],
    ["  initech  systems of america ", "IA"],
    ["Ärzte ohne Grenzen", "ÄG"],
  ])("the initials of %j are %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([
    ["org:admin", "Admin"],
    ["org:member", "Member"],
    ["org:billing_manager", "Billing manager"],
    ["custom", "Custom"],
  ])("the role %j reads %j", (role, expected) => {
    expect(roleLabel(role)).toBe(expected);
  });
});
