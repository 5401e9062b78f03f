import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  AlertActionCloseButton,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  Text,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { useApi } from "../api/client";
import { removeMember, type Membership } from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading, PageLayout } from "../components/Layout";
import { basePath, joinPath } from "../environment";
import { paths } from "../routes";
import { SuggestedOrganizations } from "../enrollment/SuggestedOrganizations";
import { useActiveOrganization } from "../switcher/ActiveOrganizationProvider";
import { CreateOrganizationModal } from "./CreateOrganizationModal";
import { OrganizationsTable } from "./OrganizationsTable";

/**
 * My organizations: my role, the active one, switch, leave, create. The list and the active
 * organization are the ones the header's switcher shows (ActiveOrganizationProvider).
 */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { addAlert } = useAccountAlerts();
  const message = useErrorMessage();
  const { memberships, membershipsError, policy, active, switching, activate, created, left, reload, refresh } =
    useActiveOrganization();
  const [leaving, setLeaving] = useState<Membership>();
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string>();

  // Memberships may have changed since the console opened (an accepted invitation, another tab).
  useEffect(() => {
    refresh();
  }, []);

  const makeActive = async (org: Membership | null) => {
    setProblem(undefined);
    try {
      await activate(org);
    } catch (error) {
      setProblem(message(error));
    }
  };

  const leave = async (org: Membership) => {
    setProblem(undefined);
    try {
      await removeMember(api, org.id, api.userId() ?? "");
      setLeaving(undefined);
      left(org.id);
      addAlert(t("orgkitLeft", { name: org.name }));
    } catch (error) {
      setLeaving(undefined);
      setProblem(t("orgkitLeaveFailed", { name: org.name, reason: message(error) }));
    }
  };

  return (
    <PageLayout title={t("organizations")} description={t("orgkitOrganizationsDescription")}>
      <Toolbar>
        <ToolbarContent>
          {policy?.allowed === true && (
            <ToolbarItem>
              <Button variant="primary" onClick={() => setCreating(true)} data-testid="create-organization">
                {t("orgkitCreateOrganization")}
              </Button>
            </ToolbarItem>
          )}
          {active && (
            <ToolbarItem>
              <Button variant="secondary" onClick={() => makeActive(null)} isLoading={switching === null} isDisabled={switching !== undefined}>
                {t("orgkitClearActive")}
              </Button>
            </ToolbarItem>
          )}
          {policy?.reason === "creation_limit_reached" && (
            <ToolbarItem>
              <Text component="small">{t("orgkitCreationLimitReached", { limit: policy.limit })}</Text>
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
      {membershipsError ? (
        <LoadError error={membershipsError} onRetry={reload} />
      ) : !memberships ? (
        <Loading />
      ) : memberships.length === 0 ? (
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
        <OrganizationsTable memberships={memberships} switching={switching} onActivate={makeActive} onLeave={setLeaving} />
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
      {creating && policy && (
        <CreateOrganizationModal
          policy={policy}
          onClose={() => setCreating(false)}
          onCreated={(organization) => {
            setCreating(false);
            created(organization);
          }}
        />
      )}
    </PageLayout>
  );
}
