import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { Alert, Button, Flex, FlexItem, HelperText, HelperTextItem, Title } from "@patternfly/react-core";
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { removeLogo, uploadLogo, type Organization } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { OrganizationLogo } from "../components/OrganizationLogo";
import { LOGO_TYPES, logoProblem } from "./logo";

type Props = {
  organization: Organization;
  /** org:sys_profile:manage */
  editable: boolean;
  onChanged: (organization: Organization) => void;
};

/** The organization's logo, with upload and removal for holders of org:sys_profile:manage. */
export function LogoSetting({ organization, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  if (!editable && !organization.image_url) return null;

  const change = async (action: () => Promise<Organization>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await action());
      addAlert(t(done));
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) {
      setError(t(`orgkitLogoProblem_${problem}`));
      return;
    }
    void change(() => uploadLogo(api, organization.id, file), "orgkitLogoUploaded");
  };

  const remove = () =>
    change(async () => {
      await removeLogo(api, organization.id);
      return { ...organization, image_url: undefined, has_image: false };
    }, "orgkitLogoRemoved");

  return (
    <section className="pf-v5-u-mt-xl" aria-labelledby="orgkit-logo" data-testid="logo-setting">
      <Title headingLevel="h2" size="lg" id="orgkit-logo" className="pf-v5-u-mb-sm">
        {t("orgkitLogo")}
      </Title>
      {error && <Alert variant="danger" isInline title={error} className="pf-v5-u-mb-sm" data-testid="logo-error" />}
      <Flex alignItems={{ default: "alignItemsCenter" }}>
        <FlexItem>
          <OrganizationLogo organization={organization} size="lg" />
        </FlexItem>
        {editable && (
          <FlexItem>
            <input
              ref={input}
              type="file"
              accept={LOGO_TYPES.join(",")}
              onChange={chosen}
              hidden
              aria-label={t("orgkitLogoFile")}
              data-testid="logo-file"
            />
            <Button variant="secondary" isLoading={busy} isDisabled={busy} onClick={() => input.current?.click()} data-testid="upload-logo">
              {t(organization.image_url ? "orgkitLogoReplace" : "orgkitLogoUpload")}
            </Button>{" "}
            {organization.image_url && (
              <Button variant="link" isDanger isDisabled={busy} onClick={remove} data-testid="remove-logo">
                {t("orgkitLogoRemove")}
              </Button>
            )}
          </FlexItem>
        )}
      </Flex>
      {editable && (
        <HelperText className="pf-v5-u-mt-sm">
          <HelperTextItem>{t("orgkitLogoHelp")}</HelperTextItem>
        </HelperText>
      )}
    </section>
  );
}
