import { useAccountAlerts, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  AlertVariant,
  Button,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Text,
  TextContent,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, useApi } from "../api/client";
import { answerInvitation, myInvitations, type Invitation } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading, PageLayout } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { RoleLabel } from "../organizations/RoleLabel";
import { useActiveOrganization } from "../switcher/ActiveOrganizationProvider";
import { formatTime, inviterName, organizationName } from "./format";

/** Pending invitations to my verified email address: accept or decline. */
export function MyInvitationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const { environment } = useEnvironment<AccountEnvironment>();
  const list = useLoad((signal) => myInvitations(api, signal), [api]);
  const organizations = useActiveOrganization();
  const [busy, setBusy] = useState<string>();

  const answer = async (invitation: Invitation, choice: "accept" | "decline") => {
    setBusy(invitation.id);
    try {
      await answerInvitation(api, invitation.id, choice);
      list.set((list.data ?? []).filter((i) => i.id !== invitation.id));
      if (choice === "accept") organizations.reload();
      const name = organizationName(invitation);
      addAlert(choice === "accept" ? t("orgkitInvitationAccepted", { name }) : t("orgkitInvitationDeclined", { name }));
    } catch (error) {
      addAlert(t("orgkitInvitationAnswerFailed", { reason: message(error) }), AlertVariant.danger);
      list.reload();
    } finally {
      setBusy(undefined);
    }
  };

  const unavailable = list.error instanceof ApiError && list.error.status === 404;
  const pending = (list.data ?? []).filter((i) => !i.status || i.status === "pending");

  return (
    <PageLayout title={t("orgkitMyInvitations")} description={t("orgkitMyInvitationsDescription")}>
      {unavailable ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("orgkitInvitationsUnavailable")} headingLevel="h2" />
          <EmptyStateBody>{t("orgkitInvitationsUnavailableBody")}</EmptyStateBody>
        </EmptyState>
      ) : list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : pending.length === 0 ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("orgkitNoPendingInvitations")} headingLevel="h2" />
          <EmptyStateBody>{t("orgkitNoPendingInvitationsBody")}</EmptyStateBody>
        </EmptyState>
      ) : (
        <DataList aria-label={t("orgkitMyInvitations")} data-testid="my-invitations">
          {pending.map((invitation) => {
            const name = organizationName(invitation);
            const inviter = inviterName(invitation);
            const labelId = `orgkit-invitation-${invitation.id}`;
            return (
              <DataListItem key={invitation.id} aria-labelledby={labelId} data-testid={`my-invitation-${name}`}>
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="org">
                        <TextContent>
                          <Text component="h3" id={labelId}>{name}</Text>
                          <Text component="small">
                            {t("orgkitInvitedAs")} <RoleLabel role={invitation.role} />
                            {inviter && <> · {t("orgkitInvitedBy", { inviter })}</>}
                          </Text>
                        </TextContent>
                      </DataListCell>,
                      <DataListCell key="expires">
                        {invitation.expires_at && t("orgkitExpiresAt", { time: formatTime(invitation.expires_at, environment.locale) })}
                      </DataListCell>,
                    ]}
                  />
                  <DataListAction id={`${labelId}-actions`} aria-labelledby={`${labelId} ${labelId}-actions`} aria-label={t("orgkitActions")}>
                    <Button
                      variant="primary"
                      onClick={() => answer(invitation, "accept")}
                      isLoading={busy === invitation.id}
                      isDisabled={busy !== undefined}
                      aria-label={t("orgkitAcceptNamed", { name })}
                    >
                      {t("orgkitAccept")}
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => answer(invitation, "decline")}
                      isDisabled={busy !== undefined}
                      aria-label={t("orgkitDeclineNamed", { name })}
                    >
                      {t("orgkitDecline")}
                    </Button>
                  </DataListAction>
                </DataListItemRow>
              </DataListItem>
            );
          })}
        </DataList>
      )}
    </PageLayout>
  );
}
