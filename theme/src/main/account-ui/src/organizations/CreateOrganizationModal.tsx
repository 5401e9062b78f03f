import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { ApiError, useApi } from "../api/client";
import { createOrganization, type CreationPolicy, type Organization } from "../api/orgkit";
import { useErrorMessage } from "../components/errors";
import { slugFromName, slugProblem } from "./slug";

type Props = {
  policy: CreationPolicy;
  onClose: () => void;
  onCreated: (organization: Organization) => void;
};

const FORM = "orgkit-create-organization";

/** Name and optional slug, validated as the user types; the server's verdict is shown on its field. */
export function CreateOrganizationModal({ policy, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<{ field?: "name" | "slug"; text: string }>();

  const trimmedName = name.trim();
  const trimmedSlug = slug.trim();
  const problem = slugProblem(trimmedSlug, policy.reserved_slugs, policy.slug_min_length, policy.slug_max_length);
  const slugError = problem
    ? t(`orgkitSlugProblem_${problem}`, { slug: trimmedSlug, min: policy.slug_min_length, max: policy.slug_max_length })
    : serverError?.field === "slug"
      ? serverError.text
      : undefined;
  const nameError = serverError?.field === "name" ? serverError.text : undefined;
  const canSubmit = trimmedName.length > 0 && !problem && !busy;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSubmit) return;
    setBusy(true);
    setServerError(undefined);
    try {
      const created = await createOrganization(api, { name: trimmedName, slug: trimmedSlug || undefined });
      onCreated(created);
    } catch (error) {
      setServerError({ field: fieldOf(error), text: message(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("orgkitCreateOrganization")}
      isOpen
      onClose={onClose}
      actions={[
        <Button key="create" type="submit" form={FORM} variant="primary" isLoading={busy} isDisabled={!canSubmit}>
          {t("orgkitCreate")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose} isDisabled={busy}>
          {t("orgkitCancel")}
        </Button>,
      ]}
    >
      <Form id={FORM} onSubmit={submit}>
        {serverError && !serverError.field && (
          <Alert variant="danger" isInline title={serverError.text} data-testid="create-error" />
        )}
        <FormGroup label={t("orgkitName")} isRequired fieldId="orgkit-org-name">
          <TextInput
            id="orgkit-org-name"
            name="name"
            value={name}
            isRequired
            autoFocus
            maxLength={255}
            validated={nameError ? "error" : "default"}
            aria-describedby="orgkit-org-name-help"
            onChange={(_event, value) => {
              setName(value);
              if (serverError?.field === "name") setServerError(undefined);
            }}
          />
          <FormHelperText>
            <HelperText id="orgkit-org-name-help">
              {nameError ? (
                <HelperTextItem variant="error" data-testid="name-error">{nameError}</HelperTextItem>
              ) : (
                <HelperTextItem>{t("orgkitNameHelp")}</HelperTextItem>
              )}
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup label={t("orgkitSlug")} fieldId="orgkit-org-slug">
          <TextInput
            id="orgkit-org-slug"
            name="slug"
            value={slug}
            placeholder={trimmedName ? slugFromName(trimmedName) : undefined}
            maxLength={policy.slug_max_length + 1}
            validated={slugError ? "error" : "default"}
            aria-describedby="orgkit-org-slug-help"
            aria-invalid={slugError ? true : undefined}
            onChange={(_event, value) => {
              setSlug(value);
              if (serverError?.field === "slug") setServerError(undefined);
            }}
          />
          <FormHelperText>
            <HelperText id="orgkit-org-slug-help" aria-live="polite">
              {slugError ? (
                <HelperTextItem variant="error" data-testid="slug-error">{slugError}</HelperTextItem>
              ) : (
                <HelperTextItem>
                  {trimmedName && !trimmedSlug
                    ? t("orgkitSlugHelpGenerated", { slug: slugFromName(trimmedName) })
                    : t("orgkitSlugHelp", { min: policy.slug_min_length, max: policy.slug_max_length })}
                </HelperTextItem>
              )}
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
    </Modal>
  );
}

/** Which field a refused create is about, so the message shows next to it. */
function fieldOf(error: unknown): "name" | "slug" | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.error === "invalid_slug" || error.error === "slug_taken") return "slug";
  if (error.error === "name_taken") return "name";
  if (error.error === "invalid_request" && /^name /.test(error.description)) return "name";
  return undefined;
}
