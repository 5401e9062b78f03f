import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextArea,
  Title,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../../api/client";
import { invite, type Membership, type Role, type SentInvitation } from "../../api/orgkit";
import { useErrorMessage } from "../../components/errors";
import { splitEmails } from "../../invitations/format";
import { useRoleName } from "../../organizations/RoleLabel";
import { covers } from "../../permissions";
import { defaultRole, emailsProblem, MAX_PER_REQUEST, notMailed } from "./invite";

type InviteFormProps = { membership: Membership; roles: Role[]; onSent: (sent: SentInvitation[]) => void };

/** Invites one or many addresses (commas, spaces or new lines between them) with a role the inviter may give. */
export function InviteForm({ membership, roles, onSent }: InviteFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const roleName = useRoleName();
  const { addAlert } = useAccountAlerts();
  const [text, setText] = useState("");
  const [role, setRole] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const assignable = roles.filter((r) => covers(membership, r));
  const chosenRole = role || defaultRole(assignable);
  const emails = splitEmails(text);
  const problem = emailsProblem(emails);
  const fieldError =
    problem?.kind === "invalid"
      ? t("orgkitInvalidEmails", { emails: problem.emails.join(", ") })
      : problem?.kind === "too_many"
        ? t("orgkitTooManyEmails", { max: problem.max })
        : undefined;
  const canSend = emails.length > 0 && !fieldError && chosenRole !== "" && !busy;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSend) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await invite(api, membership.id, emails.map((email) => ({ email, role: chosenRole })));
      const sent = Array.isArray(answer) ? answer : [answer];
      const mailed = sent.length - notMailed(sent).length;
      if (mailed > 0) addAlert(t("orgkitInvitationsSent", { count: mailed }));
      setText("");
      onSent(sent);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form onSubmit={send} className="pf-v5-u-mt-md" data-testid="invite-form">
      <Title headingLevel="h2" size="lg">
        {t("orgkitInviteMembers")}
      </Title>
      {error && <Alert variant="danger" isInline title={error} data-testid="invite-error" />}
      <FormGroup label={t("orgkitEmailAddresses")} isRequired fieldId="orgkit-invite-emails">
        <TextArea
          id="orgkit-invite-emails"
          value={text}
          onChange={(_e, value) => setText(value)}
          validated={fieldError ? "error" : "default"}
          aria-describedby="orgkit-invite-emails-help"
          resizeOrientation="vertical"
          rows={3}
        />
        <FormHelperText>
          <HelperText id="orgkit-invite-emails-help" aria-live="polite">
            <HelperTextItem variant={fieldError ? "error" : "default"}>
              {fieldError ?? t("orgkitEmailAddressesHelp", { max: MAX_PER_REQUEST })}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t("orgkitRole")} isRequired fieldId="orgkit-invite-role">
        <FormSelect id="orgkit-invite-role" value={chosenRole} onChange={(_e, value) => setRole(value)}>
          {assignable.map((r) => (
            <FormSelectOption key={r.key} value={r.key} label={roleName(r.key, r.name)} />
          ))}
        </FormSelect>
      </FormGroup>
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={busy} isDisabled={!canSend} data-testid="send-invitations">
          {emails.length > 1 ? t("orgkitSendInvitations", { count: emails.length }) : t("orgkitSendInvitation")}
        </Button>
      </ActionGroup>
    </Form>
  );
}
