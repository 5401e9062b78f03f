import { useAccess, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  HelperText,
  HelperTextItem,
  PageSection,
  Switch,
  TextArea,
  TextInput,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { useLoad } from "../components/useLoad";
import { byFeature, changes, validate, type Policy, type SettingDeclaration } from "./settings";

/** The realm's orgkit settings as a form: each setting's help text is its declaration's. */
export function PolicyPage() {
  const api = useApi();
  const load = useLoad(
    async (signal) => {
      const [settings, policy] = await Promise.all([
        api.get<SettingDeclaration[]>("settings", undefined, signal),
        api.get<Policy>("policy", undefined, signal),
      ]);
      return { settings, policy };
    },
    [api],
  );
  return (
    <>
      <ViewHeader titleKey="orgkitPolicy" subKey="orgkitPolicyHelp" />
      <PageSection variant="light">
        <Loaded load={load}>{({ settings, policy }) => <PolicyForm settings={settings} saved={policy} />}</Loaded>
      </PageSection>
    </>
  );
}

function PolicyForm({ settings, saved: initial }: { settings: SettingDeclaration[]; saved: Policy }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const readOnly = !hasAccess("manage-organizations");
  const [saved, setSaved] = useState(initial);
  const [form, setForm] = useState(initial);
  const [saving, setSaving] = useState(false);
  useEffect(() => setForm(saved), [saved]);

  const problems = Object.fromEntries(settings.map((s) => [s.key, validate(s, form[s.key] ?? "")]));
  const pending = changes(saved, form);
  const invalid = Object.values(problems).some(Boolean);

  async function save() {
    setSaving(true);
    try {
      setSaved(await api.put<Policy>("policy", pending));
      notify.success(t("orgkitPolicySaved"));
    } catch (error) {
      notify.failure(t("orgkitPolicyNotSaved"), error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form isWidthLimited onSubmit={(e) => e.preventDefault()} data-testid="orgkit-policy-form">
      {byFeature(settings).map(([feature, group]) => (
        <FormSection key={feature} title={t(`orgkitFeature_${feature}`, { defaultValue: feature })} titleElement="h2">
          {group.map((setting) => (
            <SettingField
              key={setting.key}
              setting={setting}
              value={form[setting.key] ?? ""}
              problem={problems[setting.key]}
              readOnly={readOnly}
              onChange={(value) => setForm((f) => ({ ...f, [setting.key]: value }))}
            />
          ))}
        </FormSection>
      ))}
      {!readOnly && (
        <ActionGroup>
          <Button
            variant="primary"
            data-testid="orgkit-policy-save"
            isDisabled={invalid || saving || Object.keys(pending).length === 0}
            isLoading={saving}
            onClick={save}
          >
            {t("save")}
          </Button>
          <Button variant="link" isDisabled={saving} onClick={() => setForm(saved)}>
            {t("revert")}
          </Button>
        </ActionGroup>
      )}
    </Form>
  );
}

function SettingField(props: {
  setting: SettingDeclaration;
  value: string;
  problem?: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { setting, value, problem, readOnly, onChange } = props;
  const id = `orgkit-setting-${setting.key}`;
  const input =
    setting.kind === "boolean" ? (
      <Switch
        id={id}
        isChecked={value === "true"}
        isDisabled={readOnly}
        label={t("on")}
        labelOff={t("off")}
        onChange={(_e, checked) => onChange(String(checked))}
      />
    ) : setting.kind === "list" ? (
      <TextArea
        id={id}
        value={value}
        readOnlyVariant={readOnly ? "default" : undefined}
        validated={problem ? "error" : "default"}
        autoResize
        onChange={(_e, v) => onChange(v)}
      />
    ) : (
      <TextInput
        id={id}
        value={value}
        type={setting.kind === "count" ? "number" : "text"}
        min={setting.kind === "count" ? 0 : undefined}
        readOnlyVariant={readOnly ? "default" : undefined}
        validated={problem ? "error" : "default"}
        onChange={(_e, v) => onChange(v)}
      />
    );
  return (
    <FormGroup label={setting.key} fieldId={id} data-testid={id}>
      {input}
      <FormHelperText>
        <HelperText>
          {problem && <HelperTextItem variant="error">{problem}</HelperTextItem>}
          <HelperTextItem>
            {setting.description}{" "}
            {t("orgkitSettingDefault", { value: setting.default === "" ? t("orgkitEmpty") : setting.default })}
            {setting.kind === "list" ? ` ${t("orgkitSettingList")}` : ""}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}
