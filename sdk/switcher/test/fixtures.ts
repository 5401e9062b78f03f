import { vi } from "vitest";

import type { Membership } from "../src/index.js";
import "../src/index.js";
import type { OrganizationSwitcherElement } from "../src/element.js";

export const BASE_URL = "http://keycloak.test:8080";
export const REALM = "orgkit-demo";
export const API = `${BASE_URL}/realms/${REALM}/orgkit`;

export function membership(slug: string, name: string, role: string, active = false, extra: Partial<Membership> = {}): Membership {
  return { id: `id-${slug}`, slug, name, enabled: true, has_image: false, role, permissions: [], active, ...extra };
}

/** bob of the demo realm: member of acme (active), admin of globex. */
export const BOB = [membership("acme", "Acme", "org:member", true), membership("globex", "Globex Corporation", "org:admin")];

export interface Call {
  method: string;
  url: string;
  authorization: string | null;
  contentType: string | null;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | Error;

/**
 * A fetch that answers from a table of `METHOD path` → answer (a function of the call, or a fixed
 * answer) and records every call.
 */
export function mockFetch(routes: Record<string, Answer | ((call: Call) => Answer)>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = new Headers(init.headers);
    const call: Call = {
      method: init.method ?? "GET",
      url,
      authorization: headers.get("Authorization"),
      contentType: headers.get("Content-Type"),
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const path = url.startsWith(API) ? url.slice(API.length).split("?")[0] : url;
    const route = routes[`${call.method} ${path}`];
    if (!route) return new Response(JSON.stringify({ error: "not_found" }), { status: 404 });
    const answer = typeof route === "function" ? route(call) : route;
    if (answer instanceof Error) throw answer;
    return new Response(answer.body === undefined ? "" : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "Content-Type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { fetch, calls };
}

/** An attached switcher with bob's token, once it has loaded. */
export async function mountSwitcher(configure: (element: OrganizationSwitcherElement) => void = () => {}) {
  const element = document.createElement("orgkit-organization-switcher");
  element.setAttribute("base-url", BASE_URL);
  element.setAttribute("realm", REALM);
  element.getToken = async () => "bob-token";
  configure(element);
  document.body.append(element);
  await loaded(element);
  return element;
}

export async function loaded(element: OrganizationSwitcherElement) {
  await vi.waitFor(() => {
    if (trigger(element).getAttribute("aria-busy") !== "false") throw new Error("still loading");
  });
}

export const shadow = (element: OrganizationSwitcherElement) => element.shadowRoot!;
export const trigger = (element: OrganizationSwitcherElement) => shadow(element).querySelector<HTMLButtonElement>("button")!;
export const listbox = (element: OrganizationSwitcherElement) => shadow(element).querySelector<HTMLElement>("[role=listbox]")!;
export const options = (element: OrganizationSwitcherElement) => [...shadow(element).querySelectorAll<HTMLElement>("[role=option]")];
/** The error popup (its part "error"), and its text (role alert, announced when it changes). */
export const errorBox = (element: OrganizationSwitcherElement) => shadow(element).querySelector<HTMLElement>("[part=error]")!;
export const errorText = (element: OrganizationSwitcherElement) => shadow(element).querySelector<HTMLElement>("[role=alert]")!;
/** The visible words of an element, its text nodes joined with spaces (the parts are separate spans). */
export function text(node: Element): string {
  const words: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.textContent?.trim()) words.push(current.textContent.trim());
  }
  return words.join(" ").replace(/\s+/g, " ");
}

export function press(target: HTMLElement, key: string) {
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, composed: true, cancelable: true }));
}
