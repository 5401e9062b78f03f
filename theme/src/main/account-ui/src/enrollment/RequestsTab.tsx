import { useAccountAlerts, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Alert, Button, EmptyState, EmptyStateHeader } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { decideMembershipRequest, membershipRequests, type Membership, type MembershipRequest } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { formatTime } from "../invitations/format";

/** Pending requests to join (through a suggested domain), approved or rejected by members who manage memberships. */
export function RequestsTab({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const { environment } = useEnvironment<AccountEnvironment>();
  const list = useLoad((signal) => membershipRequests(api, membership.id, { status: "pending", max: 100 }, signal),
    [api, membership.id]);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const decide = async (request: MembershipRequest, decision: "approve" | "reject") => {
    setBusy(request.id);
    setProblem(undefined);
    try {
      await decideMembershipRequest(api, membership.id, request.id, decision);
      list.set((list.data ?? []).filter((r) => r.id !== request.id));
      addAlert(t(decision === "approve" ? "orgkitRequestApproved" : "orgkitRequestRejected", { email: request.email }));
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(undefined);
    }
  };

  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <>
      {problem && <Alert variant="danger" isInline title={problem} />}
      {list.data.length === 0 ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("orgkitNoRequests")} headingLevel="h3" />
        </EmptyState>
      ) : (
        <Table aria-label={t("orgkitRequests")} variant="compact" data-testid="requests-table">
          <Thead>
            <Tr>
              <Th>{t("orgkitRequestUser")}</Th>
              <Th>{t("orgkitEmail")}</Th>
              <Th>{t("orgkitRequestedAt")}</Th>
              <Th screenReaderText={t("orgkitActions")} />
            </Tr>
          </Thead>
          <Tbody>
            {list.data.map((request) => (
              <Tr key={request.id} data-testid={`request-${request.username ?? request.user_id}`}>
                <Td dataLabel={t("orgkitRequestUser")}>
                  {[request.first_name, request.last_name].filter(Boolean).join(" ") || request.username}
                </Td>
                <Td dataLabel={t("orgkitEmail")}>{request.email}</Td>
                <Td dataLabel={t("orgkitRequestedAt")}>{formatTime(request.created_at, environment.locale)}</Td>
                <Td dataLabel={t("orgkitActions")} isActionCell modifier="nowrap">
                  <Button variant="secondary" size="sm" isDisabled={busy !== undefined} isLoading={busy === request.id}
                          onClick={() => decide(request, "approve")} data-testid="approve">
                    {t("orgkitApprove")}
                  </Button>{" "}
                  <Button variant="link" size="sm" isDanger isDisabled={busy !== undefined}
                          onClick={() => decide(request, "reject")} data-testid="reject">
                    {t("orgkitReject")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
}
