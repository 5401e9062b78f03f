import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  AlertActionCloseButton,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  Label,
  Text,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { useApi } from "../api/client";
import {
  creationPolicy,
  myOrganizations,
  removeMember,
  setActiveOrganization,
  type Membership,
  type Organization,
} from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading, PageLayout } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { basePath, joinPath } from "../environment";
import { paths } from "../routes";
import { SuggestedOrganizations } from "../enrollment/SuggestedOrganizations";
import { CreateOrganizationModal } from "./CreateOrganizationModal";
import { RoleLabel } from "./RoleLabel";

/** My organizations: my role, the active one, switch, leave, create. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { addAlert } = useAccountAlerts();
  const message = useErrorMessage();
  const orgs = useLoad((signal) => myOrganizations(api, signal), [api]);
  const policy = useLoad((signal) => creationPolicy(api, signal), [api]);
  const [switching, setSwitching] = useState<string | null>();
  const [leaving, setLeaving] = useState<Membership>();
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string>();

  const activate = async (org: Membership | null) => {
    setSwitching(org?.id ?? null);
    setProblem(undefined);
    try {
      const answer = await setActiveOrganization(api, org?.id ?? null);
      const activeId = answer.organization?.id;
      orgs.set((orgs.data ?? []).map((m) => ({ ...m, active: m.id === activeId })));
      addAlert(org ? t("orgkitActivated", { name: org.name }) : t("orgkitDeactivated"));
    } catch (error) {
      setProblem(message(error));
    } finally {
      setSwitching(undefined);
    }
  };

  const leave = async (org: Membership) => {
    setProblem(undefined);
    try {
      await removeMember(api, org.id, api.userId() ?? "");
      setLeaving(undefined);
      orgs.set((orgs.data ?? []).filter((m) => m.id !== org.id));
      policy.reload();
      addAlert(t("orgkitLeft", { name: org.name }));
    } catch (error) {
      setLeaving(undefined);
      setProblem(t("orgkitLeaveFailed", { name: org.name, reason: message(error) }));
    }
  };

  const created = (org: Organization) => {
    setCreating(false);
    orgs.reload();
    policy.reload();
    addAlert(t("orgkitCreated", { name: org.name }));
  };

  const active = orgs.data?.find((m) => m.active);
  const canCreate = policy.data?.allowed === true;

  return (
    <PageLayout title={t("organizations")} description={t("orgkitOrganizationsDescription")}>
      <Toolbar>
        <ToolbarContent>
          {canCreate && (
            <ToolbarItem>
              <Button variant="primary" onClick={() => setCreating(true)} data-testid="create-organization">
                {t("orgkitCreateOrganization")}
              </Button>
            </ToolbarItem>
          )}
          {active && (
            <ToolbarItem>
              <Button variant="secondary" onClick={() => activate(null)} isLoading={switching === null} isDisabled={switching !== undefined}>
                {t("orgkitClearActive")}
              </Button>
            </ToolbarItem>
          )}
          {policy.data?.reason === "creation_limit_reached" && (
            <ToolbarItem>
              <Text component="small">{t("orgkitCreationLimitReached", { limit: policy.data.limit })}</Text>
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      {problem && (
        <Alert
          variant="danger"
          isInline
          title={problem}
          data-testid="organizations-error"
          actionClose={<AlertActionCloseButton onClose={() => setProblem(undefined)} />}
        />
      )}
      {orgs.error ? (
        <LoadError error={orgs.error} onRetry={orgs.reload} />
      ) : !orgs.data ? (
        <Loading />
      ) : orgs.data.length === 0 ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("emptyUserOrganizations")} headingLevel="h2" />
          <EmptyStateBody>{t("orgkitNoOrganizations")}</EmptyStateBody>
          <EmptyStateFooter>
            <Link className="pf-v5-c-button pf-m-link" to={joinPath(basePath, paths.invitations)}>
              {t("orgkitMyInvitations")}
            </Link>
          </EmptyStateFooter>
        </EmptyState>
      ) : (
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
            {orgs.data.map((org) => (
              <Tr key={org.id} data-testid={`org-${org.slug}`} isRowSelected={org.active}>
                <Td dataLabel={t("orgkitName")}>
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
                      onClick={() => activate(org)}
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
                    onClick={() => setLeaving(org)}
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
      )}
      <SuggestedOrganizations />
      {leaving && (
        <ConfirmModal
          isOpen
          danger
          title={t("orgkitLeaveTitle", { name: leaving.name })}
          confirmLabel={t("orgkitLeave")}
          onConfirm={() => leave(leaving)}
          onClose={() => setLeaving(undefined)}
        >
          {t("orgkitLeaveBody", { name: leaving.name })}
        </ConfirmModal>
      )}
      {creating && policy.data && (
        <CreateOrganizationModal policy={policy.data} onClose={() => setCreating(false)} onCreated={created} />
      )}
    </PageLayout>
  );
}
