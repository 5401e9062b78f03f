import { useAccountAlerts, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  AlertActionCloseButton,
  AlertVariant,
  Button,
  ClipboardCopy,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Pagination,
  TextArea,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, useApi } from "../api/client";
import {
  invitations,
  invite,
  resendInvitation,
  revokeInvitation,
  roles as catalog,
  type Invitation,
  type Membership,
  type Role,
  type SentInvitation,
} from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { formatTime, looksLikeEmail, splitEmails } from "../invitations/format";
import { StatusLabel } from "../invitations/StatusLabel";
import { RoleLabel, useRoleName } from "../organizations/RoleLabel";
import { covers } from "../permissions";

const MAX_PER_REQUEST = 50;
const STATUSES = ["pending", "accepted", "declined", "revoked", "expired"];

/** Send invitations (one or many), list them with their status, resend or revoke pending ones. */
export function InvitationsTab({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const { environment } = useEnvironment<AccountEnvironment>();
  const [status, setStatus] = useState("pending");
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(10);
  const [revoking, setRevoking] = useState<Invitation>();
  const [busy, setBusy] = useState<string>();
  const [unsent, setUnsent] = useState<SentInvitation[]>([]);

  const catalogRoles = useLoad((signal) => catalog(api, signal), [api]);
  const page = useLoad(
    (signal) => invitations(api, membership.id, { status: status || undefined, first, max: max + 1 }, signal),
    [api, membership.id, status, first, max],
  );
  const rows = page.data?.slice(0, max) ?? [];
  const hasMore = (page.data?.length ?? 0) > max;
  const unavailable = page.error instanceof ApiError && page.error.status === 404;

  const resend = async (invitation: Invitation) => {
    setBusy(invitation.id);
    try {
      const answer = await resendInvitation(api, membership.id, invitation.id);
      if (answer.email_sent === false) {
        setUnsent([answer]);
      } else {
        setUnsent([]);
        addAlert(t("orgkitInvitationResent", { email: invitation.email }));
      }
      page.reload();
    } catch (error) {
      addAlert(t("orgkitInvitationResendFailed", { email: invitation.email, reason: message(error) }), AlertVariant.danger);
    } finally {
      setBusy(undefined);
    }
  };

  const revoke = async (invitation: Invitation) => {
    try {
      await revokeInvitation(api, membership.id, invitation.id);
      setRevoking(undefined);
      addAlert(t("orgkitInvitationRevoked", { email: invitation.email }));
      page.reload();
    } catch (error) {
      setRevoking(undefined);
      addAlert(t("orgkitInvitationRevokeFailed", { email: invitation.email, reason: message(error) }), AlertVariant.danger);
    }
  };

  if (unavailable) {
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
          setUnsent(sent.filter((invitation) => invitation.email_sent === false));
          setStatus("pending");
          setFirst(0);
          page.reload();
        }}
      />
      {unsent.length > 0 && <UnsentLinks invitations={unsent} onClose={() => setUnsent([])} />}
      <Title headingLevel="h2" size="lg" className="pf-v5-u-mt-xl">
        {t("orgkitInvitationList")}
      </Title>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <FormSelect
              value={status}
              aria-label={t("orgkitFilterByStatus")}
              onChange={(_e, value) => {
                setStatus(value);
                setFirst(0);
              }}
              data-testid="status-filter"
            >
              <FormSelectOption value="" label={t("orgkitAllStatuses")} />
              {STATUSES.map((s) => (
                <FormSelectOption key={s} value={s} label={t(`orgkitInvitationStatus_${s}`)} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Pagination
              isCompact
              itemCount={first + rows.length + (hasMore ? 1 : 0)}
              perPage={max}
              page={Math.floor(first / max) + 1}
              perPageOptions={[10, 20, 50].map((n) => ({ title: String(n), value: n }))}
              onSetPage={(_e, p) => setFirst((p - 1) * max)}
              onPerPageSelect={(_e, perPage) => {
                setMax(perPage);
                setFirst(0);
              }}
              toggleTemplate={({ firstIndex, lastIndex }) => <b>{firstIndex} - {lastIndex}</b>}
              titles={{ paginationAriaLabel: t("orgkitInvitationsPagination") }}
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {page.error ? (
        <LoadError error={page.error} onRetry={page.reload} />
      ) : !page.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p data-testid="no-invitations">{t("orgkitNoInvitations")}</p>
      ) : (
        <Table aria-label={t("orgkitInvitationsOf", { name: membership.name })} variant="compact" data-testid="invitations-table">
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
            {rows.map((invitation) => (
              <Tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                <Td dataLabel={t("orgkitEmail")}>{invitation.email}</Td>
                <Td dataLabel={t("orgkitRole")}>
                  <RoleLabel role={invitation.role} />
                </Td>
                <Td dataLabel={t("orgkitStatus")}>
                  <StatusLabel status={invitation.status} />
                </Td>
                <Td dataLabel={t("orgkitExpires")}>{formatTime(invitation.expires_at, environment.locale)}</Td>
                <Td dataLabel={t("orgkitActions")} isActionCell modifier="nowrap">
                  {invitation.status === "pending" && (
                    <>
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => resend(invitation)}
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
                        onClick={() => setRevoking(invitation)}
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
      )}
      {revoking && (
        <ConfirmModal
          isOpen
          danger
          title={t("orgkitRevokeTitle", { email: revoking.email })}
          confirmLabel={t("orgkitRevoke")}
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(undefined)}
        >
          {t("orgkitRevokeBody", { email: revoking.email })}
        </ConfirmModal>
      )}
    </>
  );
}

type InviteFormProps = { membership: Membership; roles: Role[]; onSent: (sent: SentInvitation[]) => void };

function InviteForm({ membership, roles, onSent }: InviteFormProps) {
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
  const chosenRole = role || (assignable.find((r) => r.name === "org:member") ?? assignable[0])?.name || "";
  const emails = splitEmails(text);
  const invalid = emails.filter((email) => !looksLikeEmail(email));
  const fieldError =
    invalid.length > 0
      ? t("orgkitInvalidEmails", { emails: invalid.join(", ") })
      : emails.length > MAX_PER_REQUEST
        ? t("orgkitTooManyEmails", { max: MAX_PER_REQUEST })
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
      const mailed = sent.filter((invitation) => invitation.email_sent !== false).length;
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
            <FormSelectOption key={r.name} value={r.name} label={roleName(r.name)} />
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

/**
 * Invitations whose email could not be sent (e.g. the realm has no SMTP server): they exist, and
 * the inviter can pass the links on another way.
 */
function UnsentLinks({ invitations, onClose }: { invitations: SentInvitation[]; onClose: () => void }) {
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
