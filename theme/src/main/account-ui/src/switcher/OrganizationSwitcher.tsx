import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { AlertVariant, Dropdown, MenuToggle } from "@patternfly/react-core";
import { BuildingIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";

import type { Membership } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { OrganizationLogo } from "../components/OrganizationLogo";
import { basePath, joinPath } from "../environment";
import { CreateOrganizationModal } from "../organizations/CreateOrganizationModal";
import { paths } from "../routes";
import { useActiveOrganization } from "./ActiveOrganizationProvider";
import { SwitcherMenu } from "./SwitcherMenu";
import { toggleOf, type Toggle } from "./switcher";

/** The masthead's organization switcher: shows the active organization and switches, manages or creates one. */
export function OrganizationSwitcher() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { addAlert } = useAccountAlerts();
  const message = useErrorMessage();
  const state = useActiveOrganization();
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const label = toggleText(toggleOf(state.memberships, state.membershipsError !== undefined), t);

  const choose = async (organization: Membership | null) => {
    try {
      await state.activate(organization);
    } catch (error) {
      addAlert(t("orgkitSwitchFailed", { reason: message(error) }), AlertVariant.danger);
    }
  };

  const manage = (organization: Membership) => {
    navigate(joinPath(basePath, paths.organization(organization.id)));
  };

  return (
    <>
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        onSelect={() => setOpen(false)}
        shouldFocusToggleOnSelect
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant="plainText"
            icon={state.active ? <OrganizationLogo organization={state.active} /> : <BuildingIcon />}
            onClick={() => setOpen(!open)}
            isExpanded={open}
            aria-label={t("orgkitSwitcherToggle", { label })}
            data-testid="org-switcher"
          >
            {label}
          </MenuToggle>
        )}
      >
        <SwitcherMenu
          state={state}
          onChoose={choose}
          onManage={manage}
          onCreate={() => setCreating(true)}
          onRetry={state.reload}
        />
      </Dropdown>
      {creating && state.policy && (
        <CreateOrganizationModal
          policy={state.policy}
          onClose={() => setCreating(false)}
          onCreated={(organization) => {
            setCreating(false);
            state.created(organization);
          }}
        />
      )}
    </>
  );
}

function toggleText(toggle: Toggle, t: (key: string) => string): string {
  switch (toggle.kind) {
    case "active":
      return toggle.organization.name;
    case "none-active":
      return t("orgkitSwitcherNoActive");
    case "no-organizations":
      return t("orgkitSwitcherNoOrganization");
    case "unavailable":
      return t("orgkitSwitcherUnavailable");
    case "loading":
      return t("orgkitLoading");
  }
}
