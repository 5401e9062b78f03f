import { EmptyState, EmptyStateBody, EmptyStateHeader, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, useApi } from "../api/client";
import { invitations, roles as catalog, type Membership, type SentInvitation } from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { notMailed } from "./invitations/invite";
import { InvitationsTable } from "./invitations/InvitationsTable";
import { InvitationsToolbar } from "./invitations/InvitationsToolbar";
import { InviteForm } from "./invitations/InviteForm";
import { pageOf } from "./invitations/paging";
import { UnsentLinks } from "./invitations/UnsentLinks";
import { useInvitationActions } from "./invitations/useInvitationActions";

/** Send invitations (one or many), list them with their status, resend or revoke pending ones. */
export function InvitationsTab({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState("pending");
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(10);
  const [unsent, setUnsent] = useState<SentInvitation[]>([]);

  const catalogRoles = useLoad((signal) => catalog(api, signal), [api]);
  const list = useLoad(
    (signal) => invitations(api, membership.id, { status: status || undefined, first, max: max + 1 }, signal),
    [api, membership.id, status, first, max],
  );
  const page = pageOf(list.data, first, max);
  const actions = useInvitationActions(membership.id, { reload: list.reload, setUnsent });
  const revoking = actions.revoking;

  if (list.error instanceof ApiError && list.error.status === 404) {
    return (
      <EmptyState>
        <EmptyStateHeader titleText={t("orgkitInvitationsUnavailable")} headingLevel="h2" />
        <EmptyStateBody>{t("orgkitInvitationsUnavailableBody")}</EmptyStateBody>
      </EmptyState>
    );
  }

  return (
    <>
      <InviteForm
        membership={membership}
        roles={catalogRoles.data ?? []}
        onSent={(sent) => {
          setUnsent(notMailed(sent));
          setStatus("pending");
          setFirst(0);
          list.reload();
        }}
      />
      {unsent.length > 0 && <UnsentLinks invitations={unsent} onClose={() => setUnsent([])} />}
      <Title headingLevel="h2" size="lg" className="pf-v5-u-mt-xl">
        {t("orgkitInvitationList")}
      </Title>
      <InvitationsToolbar
        status={status}
        onStatusChange={(value) => {
          setStatus(value);
          setFirst(0);
        }}
        max={max}
        itemCount={page.itemCount}
        page={page.page}
        onFirstChange={setFirst}
        onMaxChange={(perPage) => {
          setMax(perPage);
          setFirst(0);
        }}
      />
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : page.rows.length === 0 ? (
        <p data-testid="no-invitations">{t("orgkitNoInvitations")}</p>
      ) : (
        <InvitationsTable
          invitations={page.rows}
          organizationName={membership.name}
          busy={actions.busy}
          onResend={actions.resend}
          onRevoke={actions.setRevoking}
        />
      )}
      {revoking && (
        <ConfirmModal
          isOpen
          danger
          title={t("orgkitRevokeTitle", { email: revoking.email })}
          confirmLabel={t("orgkitRevoke")}
          onConfirm={() => actions.revoke(revoking)}
          onClose={() => actions.setRevoking(undefined)}
        >
          {t("orgkitRevokeBody", { email: revoking.email })}
        </ConfirmModal>
      )}
    </>
  );
}
