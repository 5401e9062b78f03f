/**
 * `import { OrganizationSwitcher } from '@orgkit/switcher/react'`: the web component for React 18
 * and 19. Functions go to the element as properties (React 18 would make them attributes), and
 * `onOrganizationChanged` listens to `orgkit:organization-changed`.
 */
import { type CSSProperties, createElement, useEffect, useRef } from "react";

import type { TokenProvider } from "./api.js";
import {
  ORGANIZATION_CHANGED,
  type OrganizationChangedDetail,
  type OrganizationSwitcherElement,
  type RefreshHook,
  TAG_NAME,
} from "./element.js";
import { defineOrganizationSwitcher } from "./index.js";

export interface OrganizationSwitcherProps {
  /** Keycloak's base URL, e.g. `http://localhost:8080`. */
  baseUrl: string;
  realm: string;
  /** The app's current access token. */
  getToken: TokenProvider;
  /** Awaited after a switch, before `onOrganizationChanged`: refresh the app's token here. */
  refreshToken?: RefreshHook;
  onOrganizationChanged?: (detail: OrganizationChangedDetail) => void;
  /** Leaves "Personal account" out of the choices. */
  hidePersonal?: boolean;
  className?: string;
  style?: CSSProperties;
  id?: string;
}

export type { OrganizationChangedDetail, RefreshHook, TokenProvider };

export function OrganizationSwitcher(props: OrganizationSwitcherProps) {
  const { baseUrl, realm, getToken, refreshToken, onOrganizationChanged, hidePersonal, className, style, id } = props;
  const ref = useRef<OrganizationSwitcherElement | null>(null);
  defineOrganizationSwitcher();

  useEffect(() => {
    const element = ref.current;
    if (element) element.getToken = getToken;
  }, [getToken]);

  useEffect(() => {
    const element = ref.current;
    if (element) element.refreshToken = refreshToken ?? null;
  }, [refreshToken]);

  useEffect(() => {
    const element = ref.current;
    if (!element || !onOrganizationChanged) return undefined;
    const listener = (event: Event) => onOrganizationChanged((event as CustomEvent<OrganizationChangedDetail>).detail);
    element.addEventListener(ORGANIZATION_CHANGED, listener);
    return () => element.removeEventListener(ORGANIZATION_CHANGED, listener);
  }, [onOrganizationChanged]);

  return createElement(TAG_NAME, {
    ref,
    "base-url": baseUrl,
    realm,
    "hide-personal": hidePersonal ? "" : undefined,
    // "class", not className: React 18 would set className on a custom element as an attribute
    // "classname"; "class" is no property of the element, so React 18 and 19 set it as the attribute.
    class: className,
    style,
    id,
  });
}
