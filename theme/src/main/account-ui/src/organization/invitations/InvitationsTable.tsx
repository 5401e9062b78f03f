import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Button } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";

import type { Invitation } from "../../api/orgkit";
import { formatTime } from "../../invitations/format";
import { StatusLabel } from "../../invitations/StatusLabel";
import { RoleLabel } from "../../organizations/RoleLabel";

type InvitationsTableProps = {
  invitations: Invitation[];
  organizationName: string;
  /** The invitation being resent: its button spins, every resend button waits. */
  busy?: string;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
};

/** One row per invitation; pending ones can be resent or revoked. */
export function InvitationsTable({ invitations, organizationName, busy, onResend, onRevoke }: InvitationsTableProps) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  return (
    <Table aria-label={t("orgkitInvitationsOf", { name: organizationName })} variant="compact" data-testid="invitations-table">
      <Thead>
        <Tr>
          <Th>{t("orgkitEmail")}</Th>
          <Th>{t("orgkitRole")}</Th>
          <Th>{t("orgkitStatus")}</Th>
          <Th>{t("orgkitExpires")}</Th>
          <Th screenReaderText={t("orgkitActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {invitations.map((invitation) => (
          <Tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
            <Td dataLabel={t("orgkitEmail")}>{invitation.email}</Td>
            <Td dataLabel={t("orgkitRole")}>
              <RoleLabel role={invitation.role} />
            </Td>
            <Td dataLabel={t("orgkitStatus")}>
              <StatusLabel status={invitation.declined ? "declined" : invitation.status} />
            </Td>
            <Td dataLabel={t("orgkitExpires")}>{formatTime(invitation.expires_at, environment.locale)}</Td>
            <Td dataLabel={t("orgkitActions")} isActionCell modifier="nowrap">
              {invitation.status === "pending" && (
                <>
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => onResend(invitation)}
                    isLoading={busy === invitation.id}
                    isDisabled={busy !== undefined}
                    aria-label={t("orgkitResendNamed", { email: invitation.email })}
                  >
                    {t("orgkitResend")}
                  </Button>{" "}
                  <Button
                    variant="link"
                    size="sm"
                    isDanger
                    onClick={() => onRevoke(invitation)}
                    aria-label={t("orgkitRevokeNamed", { email: invitation.email })}
                  >
                    {t("orgkitRevoke")}
                  </Button>
                </>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
