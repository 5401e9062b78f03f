import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  ClipboardCopy,
  EmptyState,
  EmptyStateHeader,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  TextInput,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import {
  addDomain,
  deleteDomain,
  domains as listDomains,
  updateDomain,
  verifyDomain,
  type Domain,
  type EnrollmentMode,
  type Membership,
} from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { can, DOMAINS_MANAGE } from "../permissions";

const MODES: EnrollmentMode[] = ["manual_invitation", "automatic_invitation", "automatic_suggestion"];

/** The organization's domains: add, show the TXT record, verify, enrollment mode, remove (org:sys_domains:*). */
export function DomainsTab({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const manage = can(membership, DOMAINS_MANAGE);
  const list = useLoad((signal) => listDomains(api, membership.id, signal), [api, membership.id]);
  const [name, setName] = useState("");
  const [mode, setMode] = useState<EnrollmentMode>("manual_invitation");
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [removing, setRemoving] = useState<Domain>();

  const replace = (domain: Domain) =>
    list.set([...(list.data ?? []).filter((d) => d.name !== domain.name), domain].sort((a, b) => a.name.localeCompare(b.name)));

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(undefined);
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    run("add", async () => {
      replace(await addDomain(api, membership.id, name.trim(), mode));
      setName("");
    });
  };

  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <>
      {problem && <Alert variant="danger" isInline title={problem} data-testid="domains-error" />}
      {manage && (
        <Form isHorizontal onSubmit={add} style={{ marginBottom: "var(--pf-v5-global--spacer--md)" }}>
          <FormGroup label={t("orgkitDomain")} fieldId="domain-name" isRequired>
            <TextInput id="domain-name" value={name} onChange={(_e, value) => setName(value)} placeholder="example.com"
                       data-testid="domain-name" />
          </FormGroup>
          <FormGroup label={t("orgkitEnrollmentMode")} fieldId="domain-mode">
            <FormSelect id="domain-mode" value={mode} onChange={(_e, value) => setMode(value as EnrollmentMode)}>
              {MODES.map((m) => <FormSelectOption key={m} value={m} label={t(`orgkitMode_${m}`)} />)}
            </FormSelect>
          </FormGroup>
          <ActionGroup>
            <Button type="submit" isDisabled={!name.trim() || busy !== undefined} isLoading={busy === "add"} data-testid="add-domain">
              {t("orgkitAddDomain")}
            </Button>
          </ActionGroup>
        </Form>
      )}
      {list.data.length === 0 ? (
        <EmptyState>
          <EmptyStateHeader titleText={t("orgkitNoDomains")} headingLevel="h3" />
        </EmptyState>
      ) : (
        <Table aria-label={t("orgkitDomains")} variant="compact" data-testid="domains-table">
          <Thead>
            <Tr>
              <Th>{t("orgkitDomain")}</Th>
              <Th>{t("orgkitStatus")}</Th>
              <Th>{t("orgkitEnrollmentMode")}</Th>
              <Th>{t("orgkitVerificationRecord")}</Th>
              <Th screenReaderText={t("orgkitActions")} />
            </Tr>
          </Thead>
          <Tbody>
            {list.data.map((domain) => (
              <Tr key={domain.name} data-testid={`domain-${domain.name}`}>
                <Td dataLabel={t("orgkitDomain")}>{domain.display_name}</Td>
                <Td dataLabel={t("orgkitStatus")}>
                  <Label color={domain.verified ? "green" : "orange"}>
                    {t(domain.verified ? "orgkitVerified" : "orgkitUnverified")}
                  </Label>
                </Td>
                <Td dataLabel={t("orgkitEnrollmentMode")}>
                  {manage ? (
                    <FormSelect
                      aria-label={t("orgkitEnrollmentMode")}
                      value={domain.enrollment_mode}
                      isDisabled={busy !== undefined}
                      onChange={(_e, value) =>
                        run(domain.name, async () => replace(await updateDomain(api, membership.id, domain.name, value as EnrollmentMode)))}
                    >
                      {MODES.map((m) => <FormSelectOption key={m} value={m} label={t(`orgkitMode_${m}`)} />)}
                    </FormSelect>
                  ) : (
                    t(`orgkitMode_${domain.enrollment_mode}`)
                  )}
                </Td>
                <Td dataLabel={t("orgkitVerificationRecord")}>
                  {!domain.verified && domain.verification && (
                    <>
                      <ClipboardCopy isReadOnly hoverTip={t("orgkitCopy")} clickTip={t("orgkitCopied")}>
                        {domain.verification.name}
                      </ClipboardCopy>
                      <ClipboardCopy isReadOnly hoverTip={t("orgkitCopy")} clickTip={t("orgkitCopied")}>
                        {domain.verification.value}
                      </ClipboardCopy>
                    </>
                  )}
                </Td>
                <Td dataLabel={t("orgkitActions")} isActionCell modifier="nowrap">
                  {manage && !domain.verified && (
                    <Button variant="secondary" size="sm" isDisabled={busy !== undefined} isLoading={busy === `verify-${domain.name}`}
                            data-testid="verify-domain"
                            onClick={() => run(`verify-${domain.name}`, async () => {
                              replace(await verifyDomain(api, membership.id, domain.name));
                              addAlert(t("orgkitDomainVerified", { name: domain.display_name }));
                            })}>
                      {t("orgkitVerify")}
                    </Button>
                  )}{" "}
                  {manage && (
                    <Button variant="link" size="sm" isDanger isDisabled={busy !== undefined} onClick={() => setRemoving(domain)}>
                      {t("orgkitRemove")}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {removing && (
        <ConfirmModal
          isOpen
          danger
          title={t("orgkitRemoveDomainTitle", { name: removing.display_name })}
          confirmLabel={t("orgkitRemove")}
          onConfirm={() => run(`remove-${removing.name}`, async () => {
            await deleteDomain(api, membership.id, removing.name);
            list.set((list.data ?? []).filter((d) => d.name !== removing.name));
            setRemoving(undefined);
          })}
          onClose={() => setRemoving(undefined)}
        >
          {t("orgkitRemoveDomainBody", { name: removing.display_name })}
        </ConfirmModal>
      )}
    </>
  );
}
