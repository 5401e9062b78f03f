import { Divider, DropdownGroup, DropdownItem, DropdownList } from "@patternfly/react-core";
import { CogIcon, PlusIcon, RedoIcon } from "@patternfly/react-icons";
import { useTranslation } from "react-i18next";

import type { Membership } from "../api/orgkit";
import { OrganizationLogo } from "../components/OrganizationLogo";
import type { ActiveOrganization } from "./ActiveOrganizationProvider";
import { createEntryOf, switchItems } from "./switcher";

type Props = {
  state: ActiveOrganization;
  onChoose: (organization: Membership | null) => void;
  onManage: (organization: Membership) => void;
  onCreate: () => void;
  onRetry: () => void;
};

/** The switcher's menu: my organizations (the active one marked), no organization, manage, create. */
export function SwitcherMenu({ state, onChoose, onManage, onCreate, onRetry }: Props) {
  const { t } = useTranslation();
  const items = switchItems(state.memberships);
  const create = createEntryOf(state.policy);
  const busy = state.switching !== undefined;
  const failed = !state.memberships && state.membershipsError !== undefined;

  return (
    <>
      {items.length > 0 && (
        <DropdownGroup label={t("orgkitSwitcherYourOrganizations")} labelHeadingLevel="h2">
          <DropdownList>
            {items.map(({ organization, current, selectable }) => (
              <DropdownItem
                key={organization.id}
                value={organization.id}
                data-testid={`org-switcher-item-${organization.slug}`}
                icon={<OrganizationLogo organization={organization} />}
                isSelected={current}
                isDisabled={!current && (!selectable || busy)}
                description={current ? t("orgkitActive") : organization.enabled ? undefined : t("orgkitDisabled")}
                onClick={() => (selectable ? onChoose(organization) : undefined)}
              >
                {organization.name}
              </DropdownItem>
            ))}
            {state.active && (
              <DropdownItem key="clear" data-testid="org-switcher-clear" isDisabled={busy} onClick={() => onChoose(null)}>
                {t("orgkitClearActive")}
              </DropdownItem>
            )}
          </DropdownList>
        </DropdownGroup>
      )}
      {items.length > 0 && <Divider />}
      <DropdownList>
        {failed && (
          <DropdownItem key="retry" data-testid="org-switcher-retry" icon={<RedoIcon />} onClick={onRetry}>
            {t("orgkitRetry")}
          </DropdownItem>
        )}
        {state.active && (
          <DropdownItem
            key="manage"
            data-testid="org-switcher-manage"
            icon={<CogIcon />}
            onClick={() => state.active && onManage(state.active)}
          >
            {t("orgkitSwitcherManage", { name: state.active.name })}
          </DropdownItem>
        )}
        {create.kind === "create" && (
          <DropdownItem key="create" data-testid="org-switcher-create" icon={<PlusIcon />} onClick={onCreate}>
            {t("orgkitCreateOrganization")}
          </DropdownItem>
        )}
        {create.kind === "refused" && (
          <DropdownItem key="create-reason" data-testid="org-switcher-create-reason" isAriaDisabled>
            {t(create.reason.key, create.reason.values)}
          </DropdownItem>
        )}
      </DropdownList>
    </>
  );
}
