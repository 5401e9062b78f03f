import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextArea,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";

import { useApi } from "../api/client";
import { deleteOrganization, getOrganization, updateOrganization, type Membership, type Organization } from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { basePath, joinPath } from "../environment";
import { can, PROFILE_DELETE, PROFILE_MANAGE } from "../permissions";
import { paths } from "../routes";
import { useActiveOrganization } from "../switcher/ActiveOrganizationProvider";
import { metadataProblem, MetadataEditor, type Entry } from "./MetadataEditor";
import { LogoSetting } from "./LogoSetting";
import { MfaSetting } from "./MfaSetting";

/**
 * Name, description and public metadata, the logo, and whether members need MFA; editable with
 * org:sys_profile:manage, deletable with org:sys_profile:delete.
 */
export function SettingsTab({ membership, onLogoChanged }: { membership: Membership; onLogoChanged?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const organizations = useActiveOrganization();
  const org = useLoad((signal) => getOrganization(api, membership.id, signal), [api, membership.id]);

  if (org.error) return <LoadError error={org.error} onRetry={org.reload} />;
  if (!org.data) return <Loading />;
  return (
    <>
      <SettingsForm organization={org.data} editable={can(membership, PROFILE_MANAGE)} onSaved={org.set} />
      <LogoSetting
        organization={org.data}
        editable={can(membership, PROFILE_MANAGE)}
        onChanged={(changed) => {
          org.set(changed);
          organizations.reload();
          onLogoChanged?.();
        }}
      />
      <MfaSetting membership={membership} />
      {can(membership, PROFILE_DELETE) && <DeleteSection organization={org.data} />}
      {!can(membership, PROFILE_MANAGE) && (
        <p className="pf-v5-u-mt-md" data-testid="read-only-note">{t("orgkitSettingsReadOnly")}</p>
      )}
    </>
  );
}

function SettingsForm({ organization, editable, onSaved }: { organization: Organization; editable: boolean; onSaved: (o: Organization) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const organizations = useActiveOrganization();
  const [name, setName] = useState(organization.name);
  const [description, setDescription] = useState(organization.description ?? "");
  const [entries, setEntries] = useState<Entry[]>(toEntries(organization));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    setName(organization.name);
    setDescription(organization.description ?? "");
    setEntries(toEntries(organization));
  }, [organization]);

  const problem = metadataProblem(entries);
  const canSave = editable && name.trim().length > 0 && !problem && !busy;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSave) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await updateOrganization(api, organization.id, {
        name: name.trim(),
        description,
        public_metadata: toMetadata(entries, organization),
      });
      onSaved(saved);
      if (saved.name !== organization.name) organizations.reload();
      addAlert(t("orgkitSaved"));
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const readOnly = editable ? undefined : "default";
  return (
    <Form onSubmit={save} className="pf-v5-u-mt-md" data-testid="settings-form">
      {error && <Alert variant="danger" isInline title={error} data-testid="settings-error" />}
      <FormGroup label={t("orgkitName")} isRequired={editable} fieldId="orgkit-settings-name">
        <TextInput id="orgkit-settings-name" value={name} maxLength={255} readOnlyVariant={readOnly} onChange={(_e, v) => setName(v)} />
      </FormGroup>
      <FormGroup label={t("orgkitSlug")} fieldId="orgkit-settings-slug">
        <TextInput id="orgkit-settings-slug" value={organization.slug} readOnlyVariant="default" aria-describedby="orgkit-settings-slug-help" />
        <FormHelperText>
          <HelperText id="orgkit-settings-slug-help">
            <HelperTextItem>{t("orgkitSlugImmutable")}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t("orgkitDescription")} fieldId="orgkit-settings-description">
        <TextArea
          id="orgkit-settings-description"
          value={description}
          maxLength={4000}
          readOnlyVariant={readOnly}
          onChange={(_e, v) => setDescription(v)}
          autoResize
        />
      </FormGroup>
      <FormGroup label={t("orgkitPublicMetadata")} fieldId="orgkit-settings-metadata" role="group">
        <MetadataEditor entries={entries} readOnly={!editable} onChange={setEntries} />
        {problem && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{t(`orgkitMetadataProblem_${problem}`)}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      {editable && (
        <ActionGroup>
          <Button type="submit" variant="primary" isLoading={busy} isDisabled={!canSave} data-testid="save-settings">
            {t("orgkitSave")}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
}

function DeleteSection({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const { addAlert } = useAccountAlerts();
  const organizations = useActiveOrganization();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string>();

  const remove = async () => {
    setError(undefined);
    try {
      await deleteOrganization(api, organization.id);
      organizations.left(organization.id);
      addAlert(t("orgkitDeleted", { name: organization.name }));
      navigate(joinPath(basePath, paths.organizations));
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <section className="pf-v5-u-mt-xl" aria-labelledby="orgkit-danger-zone">
      <Title headingLevel="h2" size="lg" id="orgkit-danger-zone">
        {t("orgkitDangerZone")}
      </Title>
      <p className="pf-v5-u-my-sm">{t("orgkitDeleteExplanation")}</p>
      <Button variant="danger" onClick={() => { setTyped(""); setError(undefined); setOpen(true); }} data-testid="delete-organization">
        {t("orgkitDeleteOrganization")}
      </Button>
      <ConfirmModal
        isOpen={open}
        danger
        title={t("orgkitDeleteTitle", { name: organization.name })}
        confirmLabel={t("orgkitDelete")}
        isConfirmDisabled={typed !== organization.slug}
        onConfirm={remove}
        onClose={() => setOpen(false)}
      >
        {error && <Alert variant="danger" isInline title={error} className="pf-v5-u-mb-sm" />}
        <Form onSubmit={(e) => e.preventDefault()}>
          <FormGroup label={t("orgkitDeleteConfirmLabel", { slug: organization.slug })} fieldId="orgkit-delete-confirm">
            <TextInput id="orgkit-delete-confirm" value={typed} onChange={(_e, v) => setTyped(v)} autoComplete="off" />
          </FormGroup>
        </Form>
      </ConfirmModal>
    </section>
  );
}

/** Metadata values that are not strings (objects, arrays, numbers) are shown as their JSON text. */
function toEntries(organization: Organization): Entry[] {
  return Object.entries(organization.public_metadata ?? {}).map(([key, value]) => ({
    key,
    value: typeof value === "string" ? value : JSON.stringify(value),
  }));
}

/** The entries as metadata: a JSON value shown as text and left unedited is sent back as that value, not as its text. */
function toMetadata(entries: Entry[], organization: Organization): Record<string, unknown> {
  const before: Record<string, unknown> = organization.public_metadata ?? {};
  return Object.fromEntries(
    entries.map((entry) => {
      const key = entry.key.trim();
      const original = before[key];
      const unchanged = original !== undefined && typeof original !== "string" && JSON.stringify(original) === entry.value;
      return [key, unchanged ? original : entry.value];
    }),
  );
}
