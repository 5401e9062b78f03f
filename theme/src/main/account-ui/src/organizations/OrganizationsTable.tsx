import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import type { Membership } from "../api/orgkit";
import { OrganizationLogo } from "../components/OrganizationLogo";
import { basePath, joinPath } from "../environment";
import { paths } from "../routes";
import { RoleLabel } from "./RoleLabel";

type Props = {
  memberships: Membership[];
  /** As ActiveOrganization.switching: the organization being made active, null while clearing. */
  switching?: string | null;
  onActivate: (organization: Membership) => void;
  onLeave: (organization: Membership) => void;
};

/** My organizations, one row each: name, slug, my role, active or disabled, make active, leave. */
export function OrganizationsTable({ memberships, switching, onActivate, onLeave }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("orgkitYourOrganizations")} variant="compact" data-testid="organizations-table">
      <Thead>
        <Tr>
          <Th>{t("orgkitName")}</Th>
          <Th>{t("orgkitSlug")}</Th>
          <Th>{t("orgkitYourRole")}</Th>
          <Th>{t("orgkitStatus")}</Th>
          <Th screenReaderText={t("orgkitActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {memberships.map((org) => (
          <Tr key={org.id} data-testid={`org-${org.slug}`} isRowSelected={org.active}>
            <Td dataLabel={t("orgkitName")}>
              <OrganizationLogo organization={org} />{" "}
              <Link to={joinPath(basePath, paths.organization(org.id))}>{org.name}</Link>
            </Td>
            <Td dataLabel={t("orgkitSlug")}>{org.slug}</Td>
            <Td dataLabel={t("orgkitYourRole")}>
              <RoleLabel role={org.role} />
            </Td>
            <Td dataLabel={t("orgkitStatus")}>
              {org.active && (
                <Label color="green" data-testid="active-label">
                  {t("orgkitActive")}
                </Label>
              )}{" "}
              {!org.enabled && <Label color="grey">{t("orgkitDisabled")}</Label>}
            </Td>
            <Td dataLabel={t("orgkitActions")} modifier="nowrap" isActionCell>
              {!org.active && org.enabled && (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => onActivate(org)}
                  isLoading={switching === org.id}
                  isDisabled={switching !== undefined}
                  aria-label={t("orgkitMakeActiveNamed", { name: org.name })}
                  data-testid="make-active"
                >
                  {t("orgkitMakeActive")}
                </Button>
              )}{" "}
              <Button
                variant="link"
                size="sm"
                isDanger
                onClick={() => onLeave(org)}
                aria-label={t("orgkitLeaveNamed", { name: org.name })}
                data-testid="leave"
              >
                {t("orgkitLeave")}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
