import { useAccess } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Switch,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { Organization, OrganizationSecurity } from "../api/types";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { useLoad } from "../components/useLoad";

/** Enabled, the membership limit and the MFA requirement of one organization. */
export function SettingsTab({ org, onChanged }: { org: Organization; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const orgPath = `organizations/${encodeURIComponent(org.id)}`;
  const securityPath = `security/organizations/${encodeURIComponent(org.id)}`;
  const security = useLoad((signal) => api.get<OrganizationSecurity>(securityPath, undefined, signal), [api, securityPath]);
  const [limit, setLimit] = useState(String(org.max_allowed_memberships));
  const limitValid = /^\d+$/.test(limit.trim());

  async function change(action: () => Promise<unknown>, done: string, failed: string) {
    try {
      await action();
      notify.success(done);
    } catch (error) {
      notify.failure(failed, error);
    } finally {
      onChanged();
      security.reload();
    }
  }

  return (
    <Form isWidthLimited onSubmit={(e) => e.preventDefault()} data-testid="orgkit-organization-settings">
      <FormGroup label={t("enabled")} fieldId="orgkit-org-enabled">
        <Switch
          id="orgkit-org-enabled"
          isChecked={org.enabled}
          isDisabled={!canManage}
          label={t("on")}
          labelOff={t("off")}
          onChange={(_e, enabled) =>
            change(() => api.patch(orgPath, { enabled }), t("orgkitOrganizationSaved"), t("orgkitOrganizationNotSaved"))
          }
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem>{t("orgkitEnabledHelp")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t("orgkitMfaRequired")} fieldId="orgkit-org-mfa">
        <Loaded load={security}>
          {(value) => (
            <Switch
              id="orgkit-org-mfa"
              isChecked={value.mfa_required}
              isDisabled={!canManage}
              label={t("on")}
              labelOff={t("off")}
              onChange={(_e, mfa_required) =>
                change(() => api.put(securityPath, { mfa_required }), t("orgkitOrganizationSaved"), t("orgkitOrganizationNotSaved"))
              }
            />
          )}
        </Loaded>
        <FormHelperText>
          <HelperText>
            <HelperTextItem>{t("orgkitMfaRequiredHelp")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t("orgkitMembershipLimit")} fieldId="orgkit-org-limit">
        <DescriptionList isCompact isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t("orgkitLimitInForce")}</DescriptionListTerm>
            <DescriptionListDescription data-testid="orgkit-limit-in-force">
              {org.max_allowed_memberships === 0 ? t("orgkitNoLimit") : org.max_allowed_memberships}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
        {canManage && (
          <>
            <TextInput
              id="orgkit-org-limit"
              type="number"
              min={0}
              value={limit}
              validated={limitValid ? "default" : "error"}
              onChange={(_e, v) => setLimit(v)}
            />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={limitValid ? "default" : "error"}>{t("orgkitMembershipLimitHelp")}</HelperTextItem>
              </HelperText>
            </FormHelperText>
            <Button
              className="pf-v5-u-mt-sm pf-v5-u-mr-sm"
              data-testid="orgkit-save-limit"
              isDisabled={!limitValid}
              onClick={() =>
                change(
                  () => api.patch(orgPath, { max_allowed_memberships: Number(limit.trim()) }),
                  t("orgkitOrganizationSaved"),
                  t("orgkitOrganizationNotSaved"),
                )
              }
            >
              {t("save")}
            </Button>
            <Button
              className="pf-v5-u-mt-sm"
              variant="secondary"
              data-testid="orgkit-default-limit"
              onClick={() =>
                change(() => api.patch(orgPath, { max_allowed_memberships: null }), t("orgkitOrganizationSaved"), t("orgkitOrganizationNotSaved"))
              }
            >
              {t("orgkitUseRealmDefault")}
            </Button>
          </>
        )}
      </FormGroup>
    </Form>
  );
}
