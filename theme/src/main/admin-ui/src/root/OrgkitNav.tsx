import { useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import { NavGroup } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { NavLink, useMatch } from "react-router-dom";

import { paths } from "../routes";

/** Where Keycloak's sidebar puts its navigation (PageNav: PageSidebar > Nav). */
const KEYCLOAK_NAV = ".keycloak__page_nav__nav nav";
const HOST_ID = "orgkit-nav";

/**
 * Keycloak's sidebar has no extension point: orgkit's group is rendered into it (a React portal
 * into a host element kept last in Keycloak's <nav>), so Keycloak's own navigation stays exactly as
 * the library draws it. Items follow the admin's roles like Keycloak's own (useAccess).
 */
export function OrgkitNav() {
  const host = useNavHost();
  const { t } = useTranslation();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const onAddRealm = useMatch("/:realm/add-realm");
  if (!host || onAddRealm) return null;

  const items: { id: string; title: string; to: string; show: boolean }[] = [
    { id: "policy", title: t("orgkitPolicy"), to: paths.policy(realm), show: hasAccess("view-organizations") },
    { id: "roles", title: t("orgkitRoles"), to: paths.roles(realm), show: hasAccess("view-organizations") },
    { id: "organizations", title: t("orgkitOrganizations"), to: paths.organizations(realm), show: hasAccess("view-organizations") },
    { id: "webhooks", title: t("orgkitWebhooks"), to: paths.webhooks(realm), show: hasAccess("view-realm") },
    { id: "audit-log", title: t("orgkitAuditLog"), to: paths.auditLog(realm), show: hasAccess("view-organizations") },
    { id: "backfill", title: t("orgkitBackfill"), to: paths.backfill(realm), show: hasAccess("view-organizations") },
  ];
  const shown = items.filter((item) => item.show);
  if (shown.length === 0) return null;

  return createPortal(
    <NavGroup aria-label={t("orgkitNavGroup")} title={t("orgkitNavGroup")}>
      {shown.map((item) => (
        <li key={item.id} className="pf-v5-c-nav__item">
          <NavLink
            id={`nav-item-orgkit-${item.id}`}
            to={item.to}
            className={({ isActive }) => `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`}
          >
            {item.title}
          </NavLink>
        </li>
      ))}
    </NavGroup>,
    host,
  );
}

/** The host element at the end of Keycloak's <nav>, created once the sidebar is there. */
function useNavHost(): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const element = document.createElement("div");
    element.id = HOST_ID;
    const place = () => {
      const nav = document.querySelector(KEYCLOAK_NAV);
      if (!nav) return;
      // Keycloak adds and removes its groups as the admin moves between realms: stay last
      if (element.parentElement !== nav || nav.lastElementChild !== element) nav.appendChild(element);
      setHost(element);
    };
    place();
    const observer = new MutationObserver(place);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      element.remove();
    };
  }, []);
  return host;
}
