import { useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Button,
  CodeBlock,
  CodeBlockCode,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  Modal,
  ModalVariant,
  PageSection,
  Switch,
  Tab,
  Tabs,
  TabTitleText,
  TextInput,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";

import { useApi } from "../api/client";
import type { WebhookDelivery, WebhookEndpoint } from "../api/types";
import { ConfirmButton } from "../components/ConfirmButton";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { formatTime, pageQuery, Paging, type Page } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { paths } from "../routes";
import { EventTypesField } from "./EventTypesField";
import { SecretModal } from "./SecretModal";
import { EndpointStatus } from "./WebhooksPage";

/** One webhook endpoint: its settings and secret, and its delivery history with replay. */
export function WebhookPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { realm } = useRealm();
  const navigate = useNavigate();
  const { id = "", tab = "settings" } = useParams();
  const load = useLoad((signal) => api.get<WebhookEndpoint>(`webhooks/${encodeURIComponent(id)}`, undefined, signal), [api, id]);
  return (
    <Loaded load={load}>
      {(endpoint) => (
        <>
          <PageSection variant="light">
            <Title headingLevel="h1" data-testid="orgkit-webhook-title">
              {endpoint.url} <EndpointStatus endpoint={endpoint} />
            </Title>
          </PageSection>
          <PageSection variant="light" padding={{ default: "noPadding" }}>
            <Tabs
              activeKey={tab === "deliveries" ? "deliveries" : "settings"}
              onSelect={(_e, key) => navigate(paths.webhook(realm, endpoint.id, String(key)))}
              mountOnEnter
              unmountOnExit
            >
              <Tab eventKey="settings" data-testid="orgkit-tab-webhook-settings" title={<TabTitleText>{t("orgkitSettings")}</TabTitleText>}>
                <PageSection variant="light">
                  <EndpointSettings endpoint={endpoint} onChanged={load.reload} />
                </PageSection>
              </Tab>
              <Tab eventKey="deliveries" data-testid="orgkit-tab-deliveries" title={<TabTitleText>{t("orgkitDeliveries")}</TabTitleText>}>
                <PageSection variant="light">
                  <Deliveries endpoint={endpoint} />
                </PageSection>
              </Tab>
            </Tabs>
          </PageSection>
        </>
      )}
    </Loaded>
  );
}

function EndpointSettings({ endpoint, onChanged }: { endpoint: WebhookEndpoint; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { realm } = useRealm();
  const navigate = useNavigate();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-realm");
  const types = useLoad((signal) => api.get<string[]>("webhooks/event-types", undefined, signal), [api]);
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description ?? "");
  const [headerStyle, setHeaderStyle] = useState(endpoint.header_style);
  const [eventTypes, setEventTypes] = useState<string[]>([...endpoint.event_types].sort());
  const [secret, setSecret] = useState<string>();
  const path = `webhooks/${encodeURIComponent(endpoint.id)}`;

  async function save(body: Record<string, unknown>) {
    try {
      await api.patch(path, body);
      notify.success(t("orgkitWebhookSaved"));
    } catch (error) {
      notify.failure(t("orgkitWebhookNotSaved"), error);
    } finally {
      onChanged();
    }
  }

  async function rotate() {
    try {
      const rotated = await api.post<WebhookEndpoint>(`${path}/rotate-secret`);
      setSecret(rotated.secret);
      notify.success(t("orgkitSecretRotated"));
    } catch (error) {
      notify.failure(t("orgkitSecretNotRotated"), error);
    }
  }

  async function remove() {
    try {
      await api.del(path);
      notify.success(t("orgkitWebhookDeleted"));
      navigate(paths.webhooks(realm));
    } catch (error) {
      notify.failure(t("orgkitWebhookNotDeleted"), error);
    }
  }

  return (
    <>
      <Form isWidthLimited onSubmit={(e) => e.preventDefault()} data-testid="orgkit-webhook-form">
        <FormGroup label={t("enabled")} fieldId="orgkit-webhook-enabled">
          <Switch
            id="orgkit-webhook-enabled"
            isChecked={endpoint.enabled}
            isDisabled={!canManage}
            label={t("on")}
            labelOff={t("off")}
            onChange={(_e, enabled) => save({ enabled })}
          />
        </FormGroup>
        <FormGroup label={t("orgkitWebhookUrl")} fieldId="orgkit-webhook-url">
          <TextInput id="orgkit-webhook-url" value={url} readOnlyVariant={canManage ? undefined : "default"} onChange={(_e, v) => setUrl(v)} />
        </FormGroup>
        <FormGroup label={t("description")} fieldId="orgkit-webhook-description">
          <TextInput id="orgkit-webhook-description" value={description} readOnlyVariant={canManage ? undefined : "default"} onChange={(_e, v) => setDescription(v)} />
        </FormGroup>
        <FormGroup label={t("orgkitHeaderStyle")} fieldId="orgkit-webhook-header-style">
          <FormSelect id="orgkit-webhook-header-style" value={headerStyle} isDisabled={!canManage} onChange={(_e, v) => setHeaderStyle(v as "standard" | "svix")}>
            <FormSelectOption value="standard" label={t("orgkitHeaderStyle_standard")} />
            <FormSelectOption value="svix" label={t("orgkitHeaderStyle_svix")} />
          </FormSelect>
        </FormGroup>
        <Loaded load={types}>{(all) => <EventTypesField all={all} value={eventTypes} readOnly={!canManage} onChange={setEventTypes} />}</Loaded>
        {canManage && (
          <ActionGroup>
            <Button
              data-testid="orgkit-webhook-save"
              onClick={() => save({ url: url.trim(), description, header_style: headerStyle, event_types: eventTypes })}
            >
              {t("save")}
            </Button>
            <ConfirmButton
              variant="secondary"
              data-testid="orgkit-rotate-secret"
              title={t("orgkitRotateTitle")}
              message={t("orgkitRotateMessage")}
              confirmLabel={t("orgkitRotate")}
              onConfirm={rotate}
            >
              {t("orgkitRotate")}
            </ConfirmButton>
            <ConfirmButton
              variant="danger"
              data-testid="orgkit-delete-webhook"
              title={t("orgkitDeleteWebhookTitle")}
              message={t("orgkitDeleteWebhookMessage")}
              confirmLabel={t("delete")}
              onConfirm={remove}
            >
              {t("delete")}
            </ConfirmButton>
          </ActionGroup>
        )}
        {endpoint.previous_secret_expires_at && (
          <Label color="blue">{t("orgkitPreviousSecret", { time: formatTime(endpoint.previous_secret_expires_at) })}</Label>
        )}
      </Form>
      {secret && <SecretModal secret={secret} onClose={() => setSecret(undefined)} />}
    </>
  );
}

const DELIVERY_STATUSES = ["", "pending", "succeeded", "failed"];

function Deliveries({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-realm");
  const [status, setStatus] = useState("");
  const [page, setPage] = useState<Page>({ first: 0, max: 20 });
  const [shown, setShown] = useState<WebhookDelivery>();
  const base = `webhooks/${encodeURIComponent(endpoint.id)}/deliveries`;
  const load = useLoad(
    (signal) => api.get<WebhookDelivery[]>(base, { status: status || undefined, ...pageQuery(page) }, signal),
    [api, base, status, page],
  );

  async function show(delivery: WebhookDelivery) {
    try {
      setShown(await api.get<WebhookDelivery>(`${base}/${encodeURIComponent(delivery.id)}`));
    } catch (error) {
      notify.failure(t("orgkitLoadFailed"), error);
    }
  }

  async function replay(delivery: WebhookDelivery) {
    try {
      await api.post(`${base}/${encodeURIComponent(delivery.id)}/replay`);
      notify.success(t("orgkitReplayed", { id: delivery.message_id }));
    } catch (error) {
      notify.failure(t("orgkitNotReplayed", { id: delivery.message_id }), error);
    } finally {
      load.reload();
    }
  }

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <FormSelect id="orgkit-delivery-status" aria-label={t("status")} value={status} onChange={(_e, v) => { setStatus(v); setPage((p) => ({ ...p, first: 0 })); }}>
              {DELIVERY_STATUSES.map((s) => (
                <FormSelectOption key={s} value={s} label={s ? s : t("orgkitAnyStatus")} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem>
            <Button variant="plain" aria-label={t("refresh")} onClick={load.reload}>
              {t("refresh")}
            </Button>
          </ToolbarItem>
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Paging page={page} count={load.data?.length ?? 0} onChange={setPage} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Loaded load={load}>
        {(deliveries) => (
          <Table aria-label={t("orgkitDeliveries")} variant="compact" data-testid="orgkit-deliveries">
            <Thead>
              <Tr>
                <Th>{t("orgkitEventType")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("orgkitResponseCode")}</Th>
                <Th>{t("orgkitAttempts")}</Th>
                <Th>{t("orgkitLastAttempt")}</Th>
                <Th screenReaderText={t("orgkitActions")} />
              </Tr>
            </Thead>
            <Tbody>
              {deliveries.slice(0, page.max).map((delivery) => (
                <Tr key={delivery.id} data-testid="orgkit-delivery" data-event-type={delivery.event_type} data-status={delivery.status}>
                  <Td dataLabel={t("orgkitEventType")}>
                    <code>{delivery.event_type}</code>
                  </Td>
                  <Td dataLabel={t("status")}>
                    <Label color={delivery.status === "succeeded" ? "green" : delivery.status === "failed" ? "red" : "blue"}>{delivery.status}</Label>
                  </Td>
                  <Td dataLabel={t("orgkitResponseCode")} data-testid="orgkit-delivery-code">
                    {delivery.response_code ?? "—"}
                    {delivery.last_error ? ` ${delivery.last_error}` : ""}
                  </Td>
                  <Td dataLabel={t("orgkitAttempts")}>{delivery.attempts}</Td>
                  <Td dataLabel={t("orgkitLastAttempt")}>{formatTime(delivery.last_attempt_at ?? undefined)}</Td>
                  <Td isActionCell>
                    <Button variant="link" isInline onClick={() => show(delivery)}>
                      {t("orgkitPayload")}
                    </Button>{" "}
                    {canManage && (
                      <Button variant="link" isInline data-testid="orgkit-replay" onClick={() => replay(delivery)}>
                        {t("orgkitReplay")}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
              {deliveries.length === 0 && (
                <Tr>
                  <Td colSpan={6}>{t("orgkitNoDeliveries")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
      {shown && (
        <Modal variant={ModalVariant.large} title={`${shown.event_type} · ${shown.message_id}`} isOpen onClose={() => setShown(undefined)}>
          <CodeBlock>
            <CodeBlockCode data-testid="orgkit-delivery-payload">{pretty(shown.payload)}</CodeBlockCode>
          </CodeBlock>
        </Modal>
      )}
    </>
  );
}

function pretty(payload: string | undefined): string {
  if (!payload) return "";
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
