import { useAccess, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Label,
  Modal,
  ModalVariant,
  PageSection,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Tooltip,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { Permission, Role } from "../api/types";
import { ConfirmButton } from "../components/ConfirmButton";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { useLoad } from "../components/useLoad";
import { holds, isFixed, toggled } from "./matrix";

/** The role catalog as a roles × permissions matrix; each toggle saves the role. */
export function RolesPage() {
  const api = useApi();
  const load = useLoad(
    async (signal) => {
      const [roles, permissions] = await Promise.all([
        api.get<Role[]>("roles", undefined, signal),
        api.get<Permission[]>("permissions", undefined, signal),
      ]);
      return { roles, permissions };
    },
    [api],
  );
  return (
    <>
      <ViewHeader titleKey="orgkitRoles" subKey="orgkitRolesHelp" />
      <PageSection variant="light">
        <Loaded load={load}>
          {({ roles, permissions }) => <Matrix roles={roles} permissions={permissions} reload={load.reload} />}
        </Loaded>
      </PageSection>
    </>
  );
}

function Matrix({ roles, permissions, reload }: { roles: Role[]; permissions: Permission[]; reload: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const [busy, setBusy] = useState<string>();
  const [creating, setCreating] = useState<"role" | "permission">();
  const [editing, setEditing] = useState<{ kind: "role" | "permission"; item: Role | Permission }>();

  async function toggle(role: Role, permission: Permission) {
    setBusy(`${role.key} ${permission.key}`);
    try {
      await api.put(`roles/${encodeURIComponent(role.key)}`, { permissions: toggled(role, permission.key) });
      notify.success(t("orgkitRoleSaved", { role: role.key }));
    } catch (error) {
      notify.failure(t("orgkitRoleNotSaved", { role: role.key }), error);
    } finally {
      setBusy(undefined);
      reload();
    }
  }

  async function remove(kind: "roles" | "permissions", key: string) {
    try {
      await api.del(`${kind}/${encodeURIComponent(key)}`);
      notify.success(t("orgkitDeleted", { name: key }));
    } catch (error) {
      notify.failure(t("orgkitNotDeleted", { name: key }), error);
    } finally {
      reload();
    }
  }

  return (
    <>
      {canManage && (
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <Button data-testid="orgkit-create-role" onClick={() => setCreating("role")}>
                {t("orgkitCreateRole")}
              </Button>
            </ToolbarItem>
            <ToolbarItem>
              <Button variant="secondary" data-testid="orgkit-create-permission" onClick={() => setCreating("permission")}>
                {t("orgkitCreatePermission")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      )}
      <Table aria-label={t("orgkitRoles")} variant="compact" isStickyHeader data-testid="orgkit-roles-matrix">
        <Thead>
          <Tr>
            <Th>{t("orgkitPermission")}</Th>
            {roles.map((role) => (
              <Th key={role.key} textCenter modifier="wrap" data-testid={`orgkit-role-${role.key}`}>
                <div>{role.name}</div>
                <code>{role.key}</code>{" "}
                {role.system && <Label isCompact>{t("orgkitSystem")}</Label>}
                {canManage && (
                  <Button variant="link" isInline data-testid={`orgkit-edit-role-${role.key}`} onClick={() => setEditing({ kind: "role", item: role })}>
                    {t("orgkitRename")}
                  </Button>
                )}{" "}
                {canManage && !role.system && (
                  <ConfirmButton
                    variant="link"
                    isInline
                    data-testid={`orgkit-delete-role-${role.key}`}
                    title={t("orgkitDeleteRoleTitle", { name: role.key })}
                    message={t("orgkitDeleteRoleMessage")}
                    confirmLabel={t("delete")}
                    onConfirm={() => remove("roles", role.key)}
                  >
                    {t("delete")}
                  </ConfirmButton>
                )}
              </Th>
            ))}
            {canManage && <Th screenReaderText={t("orgkitActions")} />}
          </Tr>
        </Thead>
        <Tbody>
          {permissions.map((permission) => (
            <Tr key={permission.key} data-testid={`orgkit-permission-${permission.key}`}>
              <Td dataLabel={t("orgkitPermission")}>
                <div>
                  {permission.name} {permission.system && <Label isCompact>{t("orgkitSystem")}</Label>}
                </div>
                <code>{permission.key}</code>
                {permission.description && (
                  <div>
                    <small>{permission.description}</small>
                  </div>
                )}
              </Td>
              {roles.map((role) => {
                const fixed = isFixed(role, permission);
                const box = (
                  <Checkbox
                    id={`orgkit-cell-${role.key}-${permission.key}`}
                    aria-label={t("orgkitCell", { role: role.key, permission: permission.key })}
                    isChecked={holds(role, permission.key)}
                    isDisabled={!canManage || fixed || busy !== undefined}
                    onChange={() => toggle(role, permission)}
                  />
                );
                return (
                  <Td key={role.key} textCenter dataLabel={role.key}>
                    {fixed ? <Tooltip content={t("orgkitFixedPermission")}>{box}</Tooltip> : box}
                  </Td>
                );
              })}
              {canManage && (
                <Td isActionCell>
                  {!permission.system && (
                    <Button variant="link" isInline data-testid={`orgkit-edit-permission-${permission.key}`} onClick={() => setEditing({ kind: "permission", item: permission })}>
                      {t("orgkitRename")}
                    </Button>
                  )}{" "}
                  {!permission.system && (
                    <ConfirmButton
                      variant="link"
                      isInline
                      data-testid={`orgkit-delete-permission-${permission.key}`}
                      title={t("orgkitDeletePermissionTitle", { name: permission.key })}
                      message={t("orgkitDeletePermissionMessage")}
                      confirmLabel={t("delete")}
                      onConfirm={() => remove("permissions", permission.key)}
                    >
                      {t("delete")}
                    </ConfirmButton>
                  )}
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
      {editing && (
        <EditModal
          kind={editing.kind}
          item={editing.item}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) reload();
          }}
        />
      )}
      {creating && (
        <CreateModal
          kind={creating}
          onClose={(created) => {
            setCreating(undefined);
            if (created) reload();
          }}
        />
      )}
    </>
  );
}

/** A new role (`org:<name>`) or permission (`org:<feature>:<permission>`) with its description. */
function CreateModal({ kind, onClose }: { kind: "role" | "permission"; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [key, setKey] = useState("org:");
  const [description, setDescription] = useState("");
  const [busy, setBusy] = useState(false);
  const pattern = kind === "role" ? /^org:[a-z][a-z0-9_]{0,62}$/ : /^org:[a-z][a-z0-9_]{0,62}:[a-z][a-z0-9_]{0,62}$/;
  const valid = pattern.test(key.trim());

  async function create() {
    setBusy(true);
    try {
      const path = `${kind === "role" ? "roles" : "permissions"}/${encodeURIComponent(key.trim())}`;
      await api.put(path, kind === "role" ? { description, permissions: [] } : { description });
      notify.success(t("orgkitCreated", { name: key.trim() }));
      onClose(true);
    } catch (error) {
      notify.failure(t("orgkitNotCreated", { name: key.trim() }), error);
      setBusy(false);
    }
  }

  return (
    <Modal
      variant={ModalVariant.small}
      title={kind === "role" ? t("orgkitCreateRole") : t("orgkitCreatePermission")}
      isOpen
      onClose={() => onClose(false)}
      actions={[
        <Button key="create" data-testid="orgkit-create-submit" isDisabled={!valid || busy} isLoading={busy} onClick={create}>
          {t("create")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Form onSubmit={(e) => { e.preventDefault(); if (valid) void create(); }}>
        <FormGroup label={t("orgkitKey")} isRequired fieldId="orgkit-new-key">
          <TextInput id="orgkit-new-key" value={key} validated={valid || key === "org:" ? "default" : "error"} onChange={(_e, v) => setKey(v)} />
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant={valid || key === "org:" ? "default" : "error"}>
                {kind === "role" ? t("orgkitRoleKeyHelp") : t("orgkitPermissionKeyHelp")}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup label={t("description")} fieldId="orgkit-new-description">
          <TextInput id="orgkit-new-description" value={description} onChange={(_e, v) => setDescription(v)} />
        </FormGroup>
      </Form>
    </Modal>
  );
}

/** A new readable name and description for a role or permission; its key (what tokens carry) stays. */
function EditModal(props: { kind: "role" | "permission"; item: Role | Permission; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { kind, item, onClose } = props;
  const [name, setName] = useState(item.name);
  const [description, setDescription] = useState(item.description ?? "");
  const [busy, setBusy] = useState(false);
  const valid = name.trim().length > 0 && name.trim().length <= 255;

  async function save() {
    setBusy(true);
    try {
      await api.put(`${kind === "role" ? "roles" : "permissions"}/${encodeURIComponent(item.key)}`, { name: name.trim(), description });
      notify.success(t("orgkitRenamed", { key: item.key }));
      onClose(true);
    } catch (error) {
      notify.failure(t("orgkitNotRenamed", { key: item.key }), error);
      setBusy(false);
    }
  }

  return (
    <Modal
      variant={ModalVariant.small}
      title={t("orgkitRenameTitle", { key: item.key })}
      isOpen
      onClose={() => onClose(false)}
      actions={[
        <Button key="save" data-testid="orgkit-edit-submit" isDisabled={!valid || busy} isLoading={busy} onClick={save}>
          {t("save")}
        </Button>,
        <Button key="cancel" variant="link" onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>,
      ]}
    >
      <Form onSubmit={(e) => { e.preventDefault(); if (valid) void save(); }}>
        <FormGroup label={t("name")} isRequired fieldId="orgkit-edit-name">
          <TextInput id="orgkit-edit-name" value={name} validated={valid ? "default" : "error"} onChange={(_e, v) => setName(v)} />
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{t("orgkitRenameHelp")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup label={t("description")} fieldId="orgkit-edit-description">
          <TextInput id="orgkit-edit-description" value={description} onChange={(_e, v) => setDescription(v)} />
        </FormGroup>
      </Form>
    </Modal>
  );
}
