import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Nav as PfNav, NavExpandable, NavItem, NavList, PageSidebar, PageSidebarBody } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";

import { basePath, joinPath } from "../environment";

type Feature = keyof AccountEnvironment["features"];
type MenuItem =
  | { label: string; path: string; isVisible?: Feature }
  | { label: string; children: MenuItem[]; isVisible?: Feature };

/**
 * The side navigation, read from the theme's content.json like Keycloak's own console does, so a
 * child theme can still change the menu without code.
 */
export function Nav() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const [items, setItems] = useState<MenuItem[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(joinPath(environment.resourceUrl, "content.json"), { signal: controller.signal })
      .then((response) => response.json())
      .then((content: MenuItem[]) => setItems(content))
      .catch(() => undefined);
    return () => controller.abort();
  }, [environment.resourceUrl]);

  const visible = (item: MenuItem) => !item.isVisible || environment.features[item.isVisible];

  return (
    <PageSidebar>
      <PageSidebarBody>
        <PfNav aria-label={t("orgkitMainNavigation")}>
          <NavList>
            {items.filter(visible).map((item) => (
              <Entry key={item.label} item={item} visible={visible} />
            ))}
          </NavList>
        </PfNav>
      </PageSidebarBody>
    </PageSidebar>
  );
}

function Entry({ item, visible }: { item: MenuItem; visible: (item: MenuItem) => boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  if ("children" in item) {
    const active = item.children.some((child) => isActive(child, pathname));
    return (
      <NavExpandable title={t(item.label)} isActive={active} isExpanded={active} data-testid={item.label}>
        {item.children.filter(visible).map((child) => (
          <Entry key={child.label} item={child} visible={visible} />
        ))}
      </NavExpandable>
    );
  }
  return (
    <NavItem isActive={isActive(item, pathname)}>
      <Link to={target(item.path)} data-testid={`nav-${item.path || "personal-info"}`}>
        {t(item.label)}
      </Link>
    </NavItem>
  );
}

function target(path: string): string {
  return path ? joinPath(basePath, path) : basePath;
}

/** A menu entry is active on its own page and, except for the root entry, on the pages below it. */
function isActive(item: MenuItem, pathname: string): boolean {
  if ("children" in item) return item.children.some((child) => isActive(child, pathname));
  const here = pathname.replace(/\/+$/, "");
  const page = target(item.path).replace(/\/+$/, "");
  return item.path === "" ? here === page : here === page || here.startsWith(`${page}/`);
}
