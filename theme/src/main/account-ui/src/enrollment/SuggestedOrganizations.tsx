import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, Button, Label, Title } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { requestMembership, suggestions, type Suggestion } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { useLoad } from "../components/useLoad";

/**
 * Organizations suggested to me through the verified domain of my email, with "Request to join".
 * Renders nothing when there are none (or the server has no domain enrollment).
 */
export function SuggestedOrganizations() {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const list = useLoad((signal) => suggestions(api, signal), [api]);
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();

  const request = async (suggestion: Suggestion) => {
    setBusy(suggestion.organization_id);
    setProblem(undefined);
    try {
      const created = await requestMembership(api, suggestion.organization_id);
      list.set((list.data ?? []).map((s) =>
        s.organization_id === suggestion.organization_id ? { ...s, status: "requested", request_id: created.id } : s));
      addAlert(t("orgkitJoinRequested", { name: suggestion.organization_name }));
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(undefined);
    }
  };

  if (!list.data || list.data.length === 0) return null;
  return (
    <section data-testid="suggested-organizations" style={{ marginTop: "var(--pf-v5-global--spacer--lg)" }}>
      <Title headingLevel="h2" size="lg">{t("orgkitSuggestedOrganizations")}</Title>
      <p>{t("orgkitSuggestedOrganizationsDescription")}</p>
      {problem && <Alert variant="danger" isInline title={problem} />}
      <Table aria-label={t("orgkitSuggestedOrganizations")} variant="compact">
        <Thead>
          <Tr>
            <Th>{t("orgkitName")}</Th>
            <Th>{t("orgkitDomain")}</Th>
            <Th screenReaderText={t("orgkitActions")} />
          </Tr>
        </Thead>
        <Tbody>
          {list.data.map((suggestion) => (
            <Tr key={suggestion.organization_id} data-testid={`suggestion-${suggestion.organization_slug}`}>
              <Td dataLabel={t("orgkitName")}>{suggestion.organization_name}</Td>
              <Td dataLabel={t("orgkitDomain")}>{suggestion.domain}</Td>
              <Td dataLabel={t("orgkitActions")} isActionCell>
                {suggestion.status === "requested" ? (
                  <Label color="blue" data-testid="join-requested">{t("orgkitJoinRequestPending")}</Label>
                ) : (
                  <Button
                    variant="secondary"
                    size="sm"
                    isLoading={busy === suggestion.organization_id}
                    isDisabled={busy !== undefined}
                    onClick={() => request(suggestion)}
                    aria-label={t("orgkitRequestToJoinNamed", { name: suggestion.organization_name })}
                    data-testid="request-to-join"
                  >
                    {t("orgkitRequestToJoin")}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </section>
  );
}
