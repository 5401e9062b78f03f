import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { AlertVariant } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../../api/client";
import { resendInvitation, revokeInvitation, type Invitation, type SentInvitation } from "../../api/orgkit";
import { useErrorMessage } from "../../components/errors";

type Changes = {
  /** The list changed: load it again. */
  reload: () => void;
  /** The invitations whose email did not go out this time (none when it did). */
  setUnsent: (unsent: SentInvitation[]) => void;
};

/**
 * Resend and revoke of pending invitations, one at a time, with their alerts. `revoking` is the
 * invitation whose revocation waits for confirmation.
 */
export function useInvitationActions(organizationId: string, { reload, setUnsent }: Changes) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const [busy, setBusy] = useState<string>();
  const [revoking, setRevoking] = useState<Invitation>();

  const resend = async (invitation: Invitation) => {
    setBusy(invitation.id);
    try {
      const answer = await resendInvitation(api, organizationId, invitation.id);
      if (answer.email_sent === false) {
        setUnsent([answer]);
      } else {
        setUnsent([]);
        addAlert(t("orgkitInvitationResent", { email: invitation.email }));
      }
      reload();
    } catch (error) {
      addAlert(t("orgkitInvitationResendFailed", { email: invitation.email, reason: message(error) }), AlertVariant.danger);
    } finally {
      setBusy(undefined);
    }
  };

  const revoke = async (invitation: Invitation) => {
    try {
      await revokeInvitation(api, organizationId, invitation.id);
      setRevoking(undefined);
      addAlert(t("orgkitInvitationRevoked", { email: invitation.email }));
      reload();
    } catch (error) {
      setRevoking(undefined);
      addAlert(t("orgkitInvitationRevokeFailed", { email: invitation.email, reason: message(error) }), AlertVariant.danger);
    }
  };

  return { busy, resend, revoking, setRevoking, revoke };
}
