import { useAccess, useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  Modal,
  ModalVariant,
  PageSection,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";

import { useApi } from "../api/client";
import type { WebhookEndpoint } from "../api/types";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { formatTime } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { paths } from "../routes";
import { EventTypesField } from "./EventTypesField";
import { SecretModal } from "./SecretModal";

/** The realm's webhook endpoints; a new one's secret is shown once. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-realm");
  const load = useLoad((signal) => api.get<WebhookEndpoint[]>("webhooks", undefined, signal), [api]);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<WebhookEndpoint>();
  const navigate = useNavigate();

  return (
    <>
      <ViewHeader titleKey="orgkitWebhooks" subKey="orgkitWebhooksHelp" />
      <PageSection variant="light">
        {canManage && (
          <Toolbar>
            <ToolbarContent>
              <ToolbarItem>
                <Button data-testid="orgkit-create-webhook" onClick={() => setCreating(true)}>
                  {t("orgkitCreateWebhook")}
                </Button>
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
        )}
        <Loaded load={load}>
          {(endpoints) => (
            <Table aria-label={t("orgkitWebhooks")} variant="compact" data-testid="orgkit-webhooks">
              <Thead>
                <Tr>
                  <Th>{t("orgkitWebhookUrl")}</Th>
                  <Th>{t("description")}</Th>
                  <Th>{t("orgkitEventTypes")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("orgkitCreated")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {endpoints.map((endpoint) => (
                  <Tr key={endpoint.id} data-testid={`orgkit-webhook-${endpoint.url}`}>
                    <Td dataLabel={t("orgkitWebhookUrl")}>
                      <Link to={paths.webhook(realm, endpoint.id)}>{endpoint.url}</Link>
                    </Td>
                    <Td dataLabel={t("description")}>{endpoint.description}</Td>
                    <Td dataLabel={t("orgkitEventTypes")}>{endpoint.event_types.length === 0 ? t("orgkitAllEventTypes") : endpoint.event_types.length}</Td>
                    <Td dataLabel={t("status")}>
                      <EndpointStatus endpoint={endpoint} />
                    </Td>
                    <Td dataLabel={t("orgkitCreated")}>{formatTime(endpoint.created_at)}</Td>
                  </Tr>
                ))}
                {endpoints.length === 0 && (
                  <Tr>
                    <Td colSpan={5}>{t("orgkitNoWebhooks")}</Td>
                  </Tr>
                )}
              </Tbody>
            </Table>
          )}
        </Loaded>
      </PageSection>
      {creating && (
        <CreateWebhook
          onClose={(endpoint) => {
            setCreating(false);
            if (endpoint) {
              setCreated(endpoint);
              load.reload();
            }
          }}
        />
      )}
      {created?.secret && (
        <SecretModal
          secret={created.secret}
          onClose={() => {
            const id = created.id;
            setCreated(undefined);
            navigate(paths.webhook(realm, id));
          }}
        />
      )}
    </>
  );
}

export function EndpointStatus({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  if (!endpoint.enabled) {
    return <Label color="grey">{endpoint.disabled_reason ? t("orgkitDisabledBecause", { reason: endpoint.disabled_reason }) : t("disabled")}</Label>;
  }
  if (endpoint.failing_since) {
    return <Label color="orange">{t("orgkitFailingSince", { time: formatTime(endpoint.failing_since) })}</Label>;
  }
  return <Label color="green">{t("enabled")}</Label>;
}

function CreateWebhook({ onClose }: { onClose: (created?: WebhookEndpoint) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const types = useLoad((signal) => api.get<string[]>("webhooks/event-types", undefined, signal), [api]);
  const [url, setUrl] = useState("https://");
  const [description, setDescription] = useState("");
  const [headerStyle, setHeaderStyle] = useState<"standard" | "svix">("standard");
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const urlValid = /^https?:\/\/[^\s/]+/.test(url.trim());

  async function create() {
    setBusy(true);
    try {
      const endpoint = await api.post<WebhookEndpoint>("webhooks", {
        url: url.trim(),
        description,
        event_types: eventTypes,
        header_style: headerStyle,
      });
      notify.success(t("orgkitWebhookCreated"));
      onClose(endpoint);
    } catch (error) {
      notify.failure(t("orgkitWebhookNotCreated"), error);
      setBusy(false);
    }
  }

  return (
    <Modal
      variant={ModalVariant.large}
      title={t("orgkitCreateWebhook")}
      isOpen
      onClose={() => onClose()}
      actions={[
        <Button key="create" data-testid="orgkit-create-webhook-submit" isDisabled={!urlValid || busy} isLoading={busy} onClick={create}>
          {t("create")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose()}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Form onSubmit={(e) => e.preventDefault()}>
        <FormGroup label={t("orgkitWebhookUrl")} isRequired fieldId="orgkit-webhook-url">
          <TextInput id="orgkit-webhook-url" value={url} validated={urlValid ? "default" : "error"} onChange={(_e, v) => setUrl(v)} />
        </FormGroup>
        <FormGroup label={t("description")} fieldId="orgkit-webhook-description">
          <TextInput id="orgkit-webhook-description" value={description} onChange={(_e, v) => setDescription(v)} />
        </FormGroup>
        <FormGroup label={t("orgkitHeaderStyle")} fieldId="orgkit-webhook-header-style">
          <FormSelect id="orgkit-webhook-header-style" value={headerStyle} onChange={(_e, v) => setHeaderStyle(v as "standard" | "svix")}>
            <FormSelectOption value="standard" label={t("orgkitHeaderStyle_standard")} />
            <FormSelectOption value="svix" label={t("orgkitHeaderStyle_svix")} />
          </FormSelect>
        </FormGroup>
        <Loaded load={types}>{(all) => <EventTypesField all={all} value={eventTypes} onChange={setEventTypes} />}</Loaded>
      </Form>
    </Modal>
  );
}
