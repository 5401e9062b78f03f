import { useAccess } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  ClipboardCopy,
  FormSelect,
  FormSelectOption,
  Label,
  TextInput,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { Domain, MembershipRequest, Organization } from "../api/types";
import { ConfirmButton } from "../components/ConfirmButton";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { formatTime } from "../components/Paging";
import { useLoad } from "../components/useLoad";

const MODES = ["manual_invitation", "automatic_invitation", "automatic_suggestion"] as const;

/** Domains with their TXT record and enrollment mode, and the requests to join they brought. */
export function DomainsTab({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const base = `organizations/${encodeURIComponent(org.id)}/domains`;
  const load = useLoad((signal) => api.get<Domain[]>(base, undefined, signal), [api, base]);
  const [name, setName] = useState("");
  const [mode, setMode] = useState<string>("manual_invitation");

  async function run(action: () => Promise<unknown>, done: string, failed: string) {
    try {
      await action();
      notify.success(done);
    } catch (error) {
      notify.failure(failed, error);
    } finally {
      load.reload();
    }
  }

  const domainPath = (domain: Domain) => `${base}/${encodeURIComponent(domain.name)}`;

  return (
    <>
      {canManage && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <TextInput id="orgkit-domain-name" aria-label={t("orgkitDomainName")} placeholder={t("orgkitDomainName")} value={name} onChange={(_e, v) => setName(v)} />
            </ToolbarItem>
            <ToolbarItem>
              <FormSelect id="orgkit-domain-mode" aria-label={t("orgkitEnrollmentMode")} value={mode} onChange={(_e, v) => setMode(v)}>
                {MODES.map((m) => (
                  <FormSelectOption key={m} value={m} label={t(`orgkitMode_${m}`)} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem>
              <Button
                data-testid="orgkit-add-domain"
                isDisabled={!name.trim()}
                onClick={() =>
                  run(
                    async () => {
                      await api.post(base, { name: name.trim(), enrollment_mode: mode });
                      setName("");
                    },
                    t("orgkitDomainAdded", { name: name.trim() }),
                    t("orgkitDomainNotAdded", { name: name.trim() }),
                  )
                }
              >
                {t("orgkitAddDomain")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      <Loaded load={load}>
        {(domains) => (
          <Table aria-label={t("orgkitDomains")} variant="compact" data-testid="orgkit-domains">
            <Thead>
              <Tr>
                <Th>{t("orgkitDomainName")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("orgkitTxtRecord")}</Th>
                <Th>{t("orgkitEnrollmentMode")}</Th>
                {canManage && <Th screenReaderText={t("orgkitActions")} />}
              </Tr>
            </Thead>
            <Tbody>
              {domains.map((domain) => (
                <Tr key={domain.name} data-testid={`orgkit-domain-${domain.name}`}>
                  <Td dataLabel={t("orgkitDomainName")}>{domain.display_name}</Td>
                  <Td dataLabel={t("status")}>
                    {domain.verified ? <Label color="green">{t("orgkitVerified")}</Label> : <Label color="orange">{t("orgkitUnverified")}</Label>}
                  </Td>
                  <Td dataLabel={t("orgkitTxtRecord")}>
                    {domain.verification?.name && !domain.verified ? (
                      <>
                        <code>{domain.verification.name}</code>
                        <ClipboardCopy isReadOnly isCode variant="inline-compact">
                          {domain.verification.value ?? ""}
                        </ClipboardCopy>
                      </>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td dataLabel={t("orgkitEnrollmentMode")}>
                    {canManage ? (
                      <FormSelect
                        id={`orgkit-mode-of-${domain.name}`}
                        aria-label={t("orgkitEnrollmentMode")}
                        value={domain.enrollment_mode}
                        onChange={(_e, v) =>
                          run(
                            () => api.patch(domainPath(domain), { enrollment_mode: v }),
                            t("orgkitDomainChanged", { name: domain.name }),
                            t("orgkitDomainNotChanged", { name: domain.name }),
                          )
                        }
                      >
                        {MODES.map((m) => (
                          <FormSelectOption key={m} value={m} label={t(`orgkitMode_${m}`)} />
                        ))}
                      </FormSelect>
                    ) : (
                      t(`orgkitMode_${domain.enrollment_mode}`)
                    )}
                  </Td>
                  {canManage && (
                    <Td isActionCell>
                      {!domain.verified && (
                        <Button
                          variant="link"
                          isInline
                          data-testid={`orgkit-verify-${domain.name}`}
                          onClick={() =>
                            run(
                              () => api.post(`${domainPath(domain)}/verify`),
                              t("orgkitDomainVerified", { name: domain.name }),
                              t("orgkitDomainNotVerified", { name: domain.name }),
                            )
                          }
                        >
                          {t("orgkitVerify")}
                        </Button>
                      )}{" "}
                      <ConfirmButton
                        variant="link"
                        isInline
                        isDanger
                        data-testid={`orgkit-remove-domain-${domain.name}`}
                        title={t("orgkitRemoveDomainTitle", { name: domain.name })}
                        message={t("orgkitRemoveDomainMessage")}
                        confirmLabel={t("orgkitRemove")}
                        onConfirm={() =>
                          run(() => api.del(domainPath(domain)), t("orgkitDomainRemoved", { name: domain.name }), t("orgkitDomainNotRemoved", { name: domain.name }))
                        }
                      >
                        {t("orgkitRemove")}
                      </ConfirmButton>
                    </Td>
                  )}
                </Tr>
              ))}
              {domains.length === 0 && (
                <Tr>
                  <Td colSpan={5}>{t("orgkitNoDomains")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
      <MembershipRequests org={org} canManage={canManage} />
    </>
  );
}

function MembershipRequests({ org, canManage }: { org: Organization; canManage: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const base = `organizations/${encodeURIComponent(org.id)}/membership-requests`;
  const load = useLoad((signal) => api.get<MembershipRequest[]>(base, { status: "pending" }, signal), [api, base]);

  async function decide(request: MembershipRequest, decision: "approve" | "reject") {
    try {
      await api.post(`${base}/${encodeURIComponent(request.id)}/${decision}`);
      notify.success(t(decision === "approve" ? "orgkitRequestApproved" : "orgkitRequestRejected", { user: request.username ?? request.email }));
    } catch (error) {
      notify.failure(t("orgkitRequestNotDecided", { user: request.username ?? request.email }), error);
    } finally {
      load.reload();
    }
  }

  return (
    <>
      <Title headingLevel="h2" className="pf-v5-u-mt-lg">
        {t("orgkitMembershipRequests")}
      </Title>
      <Loaded load={load}>
        {(requests) => (
          <Table aria-label={t("orgkitMembershipRequests")} variant="compact" data-testid="orgkit-membership-requests">
            <Thead>
              <Tr>
                <Th>{t("username")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("orgkitDomainName")}</Th>
                <Th>{t("orgkitRequested")}</Th>
                {canManage && <Th screenReaderText={t("orgkitActions")} />}
              </Tr>
            </Thead>
            <Tbody>
              {requests.map((request) => (
                <Tr key={request.id}>
                  <Td>{request.username}</Td>
                  <Td>{request.email}</Td>
                  <Td>{request.domain}</Td>
                  <Td>{formatTime(request.created_at)}</Td>
                  {canManage && (
                    <Td isActionCell>
                      <Button variant="link" isInline onClick={() => decide(request, "approve")}>
                        {t("orgkitApprove")}
                      </Button>{" "}
                      <Button variant="link" isInline isDanger onClick={() => decide(request, "reject")}>
                        {t("orgkitReject")}
                      </Button>
                    </Td>
                  )}
                </Tr>
              ))}
              {requests.length === 0 && (
                <Tr>
                  <Td colSpan={5}>{t("orgkitNoMembershipRequests")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}
