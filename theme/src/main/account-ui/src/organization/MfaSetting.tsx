import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, HelperText, HelperTextItem, Switch, Text, TextContent, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { securitySettings, updateSecuritySettings, type Membership } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { can, PROFILE_MANAGE } from "../permissions";
import { mfaView } from "./mfa";

const SWITCH = "orgkit-settings-mfa";
const HELP = "orgkit-settings-mfa-help";

/**
 * "Require multi-factor authentication": a switch that saves at once for holders of
 * org:sys_profile:manage, the current state as text for other members (nothing if it cannot be read).
 */
export function MfaSetting({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const editable = can(membership, PROFILE_MANAGE);
  const settings = useLoad((signal) => securitySettings(api, membership.id, signal), [api, membership.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const view = mfaView(editable, settings);
  if (view === "hidden") return null;

  const change = async (required: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await updateSecuritySettings(api, membership.id, required);
      settings.set(saved);
      addAlert(t(saved.mfa_required ? "orgkitMfaEnabled" : "orgkitMfaDisabled"));
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pf-v5-u-mt-xl" aria-labelledby="orgkit-security" data-testid="mfa-setting">
      <Title headingLevel="h2" size="lg" id="orgkit-security" className="pf-v5-u-mb-sm">
        {t("orgkitSecurity")}
      </Title>
      {view === "loading" && <Loading label={t("orgkitMfaLoading")} />}
      {view === "error" && <LoadError error={settings.error} onRetry={settings.reload} />}
      {view === "switch" && settings.data && (
        <>
          {error && <Alert variant="danger" isInline title={error} className="pf-v5-u-mb-sm" data-testid="mfa-error" />}
          <Switch
            id={SWITCH}
            label={t("orgkitMfaRequired")}
            isChecked={settings.data.mfa_required}
            isDisabled={busy}
            aria-describedby={HELP}
            aria-busy={busy}
            onChange={(_e, checked) => change(checked)}
            data-testid="mfa-switch"
          />
          <HelperText id={HELP} className="pf-v5-u-mt-sm">
            <HelperTextItem>{t("orgkitMfaRequiredHelp")}</HelperTextItem>
          </HelperText>
        </>
      )}
      {view === "text" && settings.data && (
        <TextContent>
          <Text component="p" data-testid="mfa-state">
            {t(settings.data.mfa_required ? "orgkitMfaStateRequired" : "orgkitMfaStateNotRequired")}
          </Text>
          <Text component="small" id={HELP}>{t("orgkitMfaRequiredHelp")}</Text>
        </TextContent>
      )}
    </section>
  );
}
