import { useEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Brand,
  Button,
  Dropdown,
  DropdownItem,
  DropdownList,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MastheadToggle,
  MenuToggle,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { BarsIcon, ExternalLinkSquareAltIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { basePath, environment, joinPath } from "../environment";
import { OrganizationSwitcher } from "../switcher/OrganizationSwitcher";

/**
 * Masthead: navigation toggle, logo, the organization switcher, the way back to the app that sent
 * the user, and sign-out.
 */
export function Header() {
  const { t } = useTranslation();
  const { keycloak } = useEnvironment();
  const [open, setOpen] = useState(false);
  const profile = keycloak.idTokenParsed as { name?: string; preferred_username?: string } | undefined;
  const displayName = profile?.name || profile?.preferred_username || t("unknownUser");
  const logo = joinPath(environment.resourceUrl, environment.logo || "logo.svg");
  const logoHref = environment.logoUrl || basePath;

  return (
    <Masthead>
      <MastheadToggle>
        <PageToggleButton variant="plain" aria-label={t("orgkitToggleNavigation")}>
          <BarsIcon />
        </PageToggleButton>
      </MastheadToggle>
      <MastheadMain>
        <MastheadBrand href={logoHref}>
          <Brand src={logo} alt={t("logo")} heights={{ default: "36px" }} />
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarGroup>
              <ToolbarItem>
                <OrganizationSwitcher />
              </ToolbarItem>
            </ToolbarGroup>
            <ToolbarGroup align={{ default: "alignRight" }}>
              {environment.referrerUrl && (
                <ToolbarItem>
                  <Button
                    component="a"
                    href={environment.referrerUrl.replace("_hash_", "#")}
                    variant="link"
                    icon={<ExternalLinkSquareAltIcon />}
                    iconPosition="end"
                    isInline
                  >
                    {t("backTo", { app: environment.referrerName })}
                  </Button>
                </ToolbarItem>
              )}
              <ToolbarItem>
                <Dropdown
                  isOpen={open}
                  onOpenChange={setOpen}
                  popperProps={{ position: "right" }}
                  toggle={(ref) => (
                    <MenuToggle ref={ref} variant="plainText" onClick={() => setOpen(!open)} isExpanded={open} data-testid="user-menu">
                      {displayName}
                    </MenuToggle>
                  )}
                >
                  <DropdownList>
                    <DropdownItem key="sign-out" onClick={() => keycloak.logout({ redirectUri: environment.baseUrl })}>
                      {t("signOut")}
                    </DropdownItem>
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}
