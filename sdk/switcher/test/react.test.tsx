import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { OrganizationSwitcherElement } from "../src/element.js";
import { OrganizationSwitcher, type OrganizationChangedDetail } from "../src/react.js";
import { API, BOB, BASE_URL, loaded, mockFetch, options, REALM, text, trigger } from "./fixtures.js";

let root: Root | null = null;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function render(ui: React.ReactNode): Promise<OrganizationSwitcherElement> {
  const container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(ui));
  const element = container.querySelector("orgkit-organization-switcher")!;
  await loaded(element);
  return element;
}

describe("OrganizationSwitcher (React)", () => {
  it("renders the web component with baseUrl, realm, className and the getToken function", async () => {
    const { calls } = mockFetch({ "GET /me/organizations": { status: 200, body: BOB } });
    const getToken = vi.fn(async () => "react-token");

    const element = await render(
      <OrganizationSwitcher baseUrl={BASE_URL} realm={REALM} getToken={getToken} className="header-switcher" hidePersonal />,
    );

    expect(element.getAttribute("base-url")).toBe(BASE_URL);
    expect(element.getAttribute("realm")).toBe(REALM);
    expect(element.getAttribute("class")).toBe("header-switcher");
    expect(element.hidePersonal).toBe(true);
    expect(element.getToken).toBe(getToken);
    expect(calls[0].url).toBe(`${API}/me/organizations?max=100`);
    expect(calls[0].authorization).toBe("Bearer react-token");
    expect(text(trigger(element))).toBe("A Acme Member");
  });

  it("passes refreshToken and calls onOrganizationChanged with the event's detail after it", async () => {
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: { slug: "globex" } } },
    });
    const steps: string[] = [];
    const refreshToken = vi.fn(async () => {
      steps.push("refresh");
    });
    const changed: OrganizationChangedDetail[] = [];

    const element = await render(
      <OrganizationSwitcher
        baseUrl={BASE_URL}
        realm={REALM}
        getToken={() => "react-token"}
        refreshToken={refreshToken}
        onOrganizationChanged={(detail) => {
          steps.push("changed");
          changed.push(detail);
        }}
      />,
    );
    expect(element.refreshToken).toBe(refreshToken);

    await act(async () => {
      trigger(element).click();
      options(element)[0].click();
    });

    await vi.waitFor(() => expect(changed).toEqual([{ organizationId: "id-globex", slug: "globex" }]));
    expect(steps).toEqual(["refresh", "changed"]);
    expect(calls[1].body).toEqual({ organization: "id-globex" });
    expect(calls[1].authorization).toBe("Bearer react-token");
  });

  it("follows new props: a new getToken reloads, a new onOrganizationChanged replaces the old listener", async () => {
    const { calls } = mockFetch({
      "GET /me/organizations": { status: 200, body: BOB },
      "PUT /me/active-organization": { status: 200, body: { organization: null } },
    });
    const first = vi.fn();
    const second = vi.fn();
    let update: (n: number) => void = () => {};
    function App() {
      const [n, setN] = useState(1);
      update = setN;
      return (
        <OrganizationSwitcher
          baseUrl={BASE_URL}
          realm={REALM}
          getToken={n === 1 ? () => "token-1" : () => "token-2"}
          onOrganizationChanged={n === 1 ? first : second}
        />
      );
    }
    const element = await render(<App />);

    await act(async () => update(2));
    await vi.waitFor(() => expect(calls.map((c) => c.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]));
    await loaded(element);

    await act(async () => {
      trigger(element).click();
      options(element).find((o) => text(o) === "Personal account")!.click();
    });
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith({ organizationId: null, slug: null }));
    expect(first).not.toHaveBeenCalled();
  });
});
