import { Alert, AlertActionCloseButton, ClipboardCopy } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

import type { SentInvitation } from "../../api/orgkit";

/**
 * Invitations whose email could not be sent (e.g. the realm has no SMTP server): they exist, and
 * the inviter can pass the links on another way.
 */
export function UnsentLinks({ invitations, onClose }: { invitations: SentInvitation[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="warning"
      isInline
      className="pf-v5-u-mt-md"
      title={t("orgkitInvitationEmailNotSent", { count: invitations.length })}
      actionClose={<AlertActionCloseButton onClose={onClose} />}
      data-testid="unsent-invitations"
    >
      {invitations[0]?.email_error && <p>{invitations[0].email_error}</p>}
      {invitations.map((invitation) => (
        <div key={invitation.id} className="pf-v5-u-mt-sm">
          <span>{invitation.email}</span>
          {invitation.url && (
            <ClipboardCopy
              isReadOnly
              hoverTip={t("orgkitCopy")}
              clickTip={t("orgkitCopied")}
              textAriaLabel={t("orgkitInvitationLinkFor", { email: invitation.email })}
              toggleAriaLabel={t("orgkitInvitationLinkFor", { email: invitation.email })}
            >
              {invitation.url}
            </ClipboardCopy>
          )}
        </div>
      ))}
    </Alert>
  );
}
