import { useAccess } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  ClipboardCopy,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Label,
  TextArea,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { Invitation, Organization } from "../api/types";
import { ConfirmButton } from "../components/ConfirmButton";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { formatTime, pageQuery, Paging, type Page } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { invitationBody, looksLikeAddress, MAX_BULK, parseAddresses, STATUSES, type Status } from "./invitations";
import { useRoles } from "./useRoles";

type Sent = Invitation & { url: string; email_sent: boolean; email_error?: string };

/** Invitations by status: resend, revoke, and invite one or many addresses with a role. */
export function InvitationsTab({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const [status, setStatus] = useState<Status | "all">("pending");
  const [page, setPage] = useState<Page>({ first: 0, max: 20 });
  const [links, setLinks] = useState<Sent[]>([]);
  const base = `organizations/${encodeURIComponent(org.id)}/invitations`;
  const load = useLoad(
    (signal) =>
      api.get<Invitation[]>(base, { status: status === "all" ? undefined : status, ...pageQuery(page) }, signal),
    [api, base, status, page],
  );

  async function resend(invitation: Invitation) {
    try {
      const sent = await api.post<Sent>(`${base}/${encodeURIComponent(invitation.id)}/resend`);
      notify.success(t("orgkitInvitationResent", { email: invitation.email_address }));
      if (!sent.email_sent) setLinks([sent]);
    } catch (error) {
      notify.failure(t("orgkitInvitationNotResent", { email: invitation.email_address }), error);
    } finally {
      load.reload();
    }
  }

  async function revoke(invitation: Invitation) {
    try {
      await api.del(`${base}/${encodeURIComponent(invitation.id)}`);
      notify.success(t("orgkitInvitationRevoked", { email: invitation.email_address }));
    } catch (error) {
      notify.failure(t("orgkitInvitationNotRevoked", { email: invitation.email_address }), error);
    } finally {
      load.reload();
    }
  }

  return (
    <>
      {canManage && (
        <InviteForm
          base={base}
          onSent={(sent) => {
            setLinks(sent.filter((s) => !s.email_sent));
            load.reload();
          }}
        />
      )}
      {links.length > 0 && (
        <Alert variant="warning" isInline title={t("orgkitUnsentLinks")} data-testid="orgkit-unsent-links">
          {links.map((sent) => (
            <div key={sent.id}>
              {sent.email_address}
              {sent.email_error ? ` (${sent.email_error})` : ""}
              <ClipboardCopy isReadOnly hoverTip={t("copy")} clickTip={t("copied")}>
                {sent.url}
              </ClipboardCopy>
            </div>
          ))}
        </Alert>
      )}
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <ToggleGroup aria-label={t("orgkitInvitationStatus")}>
              {(["pending", ...STATUSES.filter((s) => s !== "pending"), "all"] as const).map((s) => (
                <ToggleGroupItem
                  key={s}
                  text={t(`orgkitStatus_${s}`)}
                  buttonId={`orgkit-status-${s}`}
                  isSelected={status === s}
                  onChange={() => {
                    setStatus(s);
                    setPage((p) => ({ ...p, first: 0 }));
                  }}
                />
              ))}
            </ToggleGroup>
          </ToolbarItem>
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Paging page={page} count={load.data?.length ?? 0} onChange={setPage} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Loaded load={load}>
        {(invitations) => (
          <Table aria-label={t("orgkitInvitations")} variant="compact" data-testid="orgkit-invitations">
            <Thead>
              <Tr>
                <Th>{t("email")}</Th>
                <Th>{t("orgkitRole")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("orgkitInvitedBy")}</Th>
                <Th>{t("orgkitExpires")}</Th>
                {canManage && <Th screenReaderText={t("orgkitActions")} />}
              </Tr>
            </Thead>
            <Tbody>
              {invitations.slice(0, page.max).map((invitation) => (
                <Tr key={invitation.id} data-testid={`orgkit-invitation-${invitation.email_address}`}>
                  <Td dataLabel={t("email")}>{invitation.email_address}</Td>
                  <Td dataLabel={t("orgkitRole")}>
                    <code>{invitation.role}</code>
                  </Td>
                  <Td dataLabel={t("status")}>
                    <Label color={invitation.status === "pending" ? "blue" : invitation.status === "accepted" ? "green" : "grey"}>
                      {t(`orgkitStatus_${invitation.status}`)}
                      {invitation.declined ? ` (${t("orgkitDeclined")})` : ""}
                    </Label>
                  </Td>
                  <Td dataLabel={t("orgkitInvitedBy")}>{invitation.inviter_username ?? "—"}</Td>
                  <Td dataLabel={t("orgkitExpires")}>{formatTime(invitation.expires_at)}</Td>
                  {canManage && (
                    <Td isActionCell>
                      {(invitation.status === "pending" || invitation.status === "expired") && (
                        <Button variant="link" isInline data-testid={`orgkit-resend-${invitation.email_address}`} onClick={() => resend(invitation)}>
                          {t("orgkitResend")}
                        </Button>
                      )}{" "}
                      {invitation.status === "pending" && (
                        <ConfirmButton
                          variant="link"
                          isInline
                          isDanger
                          data-testid={`orgkit-revoke-${invitation.email_address}`}
                          title={t("orgkitRevokeTitle", { email: invitation.email_address })}
                          message={t("orgkitRevokeMessage")}
                          confirmLabel={t("orgkitRevoke")}
                          onConfirm={() => revoke(invitation)}
                        >
                          {t("orgkitRevoke")}
                        </ConfirmButton>
                      )}
                    </Td>
                  )}
                </Tr>
              ))}
              {invitations.length === 0 && (
                <Tr>
                  <Td colSpan={6}>{t("orgkitNoInvitations")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}

function InviteForm({ base, onSent }: { base: string; onSent: (sent: Sent[]) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const roles = useRoles();
  const [text, setText] = useState("");
  const [role, setRole] = useState("org:member");
  const [busy, setBusy] = useState(false);
  const addresses = parseAddresses(text);
  const wrong = addresses.filter((a) => !looksLikeAddress(a));
  const tooMany = addresses.length > MAX_BULK;
  const problem = wrong.length > 0 ? t("orgkitNotAddresses", { list: wrong.join(", ") }) : tooMany ? t("orgkitTooManyAddresses", { max: MAX_BULK }) : undefined;

  async function invite() {
    setBusy(true);
    try {
      const answer = await api.post<Sent | Sent[]>(base, invitationBody(addresses, role));
      const sent = Array.isArray(answer) ? answer : [answer];
      notify.success(t("orgkitInvited", { count: sent.length }));
      setText("");
      onSent(sent);
    } catch (error) {
      notify.failure(t("orgkitNotInvited"), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form isHorizontal onSubmit={(e) => e.preventDefault()} data-testid="orgkit-invite-form">
      <FormGroup label={t("orgkitInviteAddresses")} fieldId="orgkit-invite-addresses">
        <TextArea
          id="orgkit-invite-addresses"
          value={text}
          autoResize
          validated={problem ? "error" : "default"}
          onChange={(_e, v) => setText(v)}
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant={problem ? "error" : "default"}>{problem ?? t("orgkitInviteAddressesHelp", { max: MAX_BULK })}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t("orgkitRole")} fieldId="orgkit-invite-role">
        <FormSelect id="orgkit-invite-role" value={role} onChange={(_e, v) => setRole(v)}>
          {(roles.data ?? []).map((r) => (
            <FormSelectOption key={r.key} value={r.key} label={r.key} />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup>
        <Button data-testid="orgkit-invite" isDisabled={addresses.length === 0 || !!problem || busy} isLoading={busy} onClick={invite}>
          {addresses.length > 1 ? t("orgkitInviteMany", { count: addresses.length }) : t("orgkitInvite")}
        </Button>
      </FormGroup>
    </Form>
  );
}
