import { useAccess } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  FormSelect,
  FormSelectOption,
  Label,
  SearchInput,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { Member, Organization, Role } from "../api/types";
import { ConfirmButton } from "../components/ConfirmButton";
import { Loaded } from "../components/Loaded";
import { useNotify } from "../components/Notices";
import { formatTime, pageQuery, Paging, type Page } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { useRoles } from "./useRoles";

/** Members with their orgkit role: change it, remove the member, add a user. */
export function MembersTab({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-organizations");
  const roles = useRoles();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const [page, setPage] = useState<Page>({ first: 0, max: 20 });
  const base = `organizations/${encodeURIComponent(org.id)}/members`;
  const load = useLoad(
    (signal) => api.get<Member[]>(base, { search: query, ...pageQuery(page) }, signal),
    [api, base, query, page],
  );

  async function changeRole(member: Member, role: string) {
    try {
      await api.patch(`${base}/${encodeURIComponent(member.user_id)}`, { role });
      notify.success(t("orgkitRoleChanged", { user: member.username, role }));
    } catch (error) {
      notify.failure(t("orgkitRoleNotChanged", { user: member.username }), error);
    } finally {
      load.reload();
    }
  }

  async function remove(member: Member) {
    try {
      await api.del(`${base}/${encodeURIComponent(member.user_id)}`);
      notify.success(t("orgkitMemberRemoved", { user: member.username }));
    } catch (error) {
      notify.failure(t("orgkitMemberNotRemoved", { user: member.username }), error);
    } finally {
      load.reload();
    }
  }

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t("search")}
              placeholder={t("orgkitSearchMembers")}
              value={search}
              onChange={(_e, v) => setSearch(v)}
              onSearch={() => {
                setQuery(search.trim());
                setPage((p) => ({ ...p, first: 0 }));
              }}
              onClear={() => {
                setSearch("");
                setQuery("");
              }}
            />
          </ToolbarItem>
          {canManage && roles.data && <AddMember base={base} roles={roles.data} onAdded={load.reload} />}
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Paging page={page} count={load.data?.length ?? 0} onChange={setPage} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Loaded load={load}>
        {(members) => (
          <Table aria-label={t("orgkitMembers")} variant="compact" data-testid="orgkit-members">
            <Thead>
              <Tr>
                <Th>{t("username")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("orgkitRole")}</Th>
                <Th>{t("orgkitJoined")}</Th>
                {canManage && <Th screenReaderText={t("orgkitActions")} />}
              </Tr>
            </Thead>
            <Tbody>
              {members.slice(0, page.max).map((member) => (
                <Tr key={member.user_id} data-testid={`orgkit-member-${member.username}`}>
                  <Td dataLabel={t("username")}>
                    {member.username} {member.managed && <Label isCompact>{t("orgkitManaged")}</Label>}
                  </Td>
                  <Td dataLabel={t("email")}>{member.email}</Td>
                  <Td dataLabel={t("orgkitRole")}>
                    {canManage && roles.data ? (
                      <FormSelect
                        id={`orgkit-role-of-${member.username}`}
                        aria-label={t("orgkitRoleOf", { user: member.username })}
                        value={member.role}
                        onChange={(_e, role) => changeRole(member, role)}
                      >
                        {roleOptions(roles.data, member.role).map((key) => (
                          <FormSelectOption key={key} value={key} label={key} />
                        ))}
                      </FormSelect>
                    ) : (
                      <code>{member.role}</code>
                    )}
                  </Td>
                  <Td dataLabel={t("orgkitJoined")}>{formatTime(member.created_at)}</Td>
                  {canManage && (
                    <Td isActionCell>
                      <ConfirmButton
                        variant="link"
                        isDanger
                        data-testid={`orgkit-remove-${member.username}`}
                        title={t("orgkitRemoveMemberTitle", { user: member.username })}
                        message={t("orgkitRemoveMemberMessage", { org: org.name })}
                        confirmLabel={t("orgkitRemove")}
                        onConfirm={() => remove(member)}
                      >
                        {t("orgkitRemove")}
                      </ConfirmButton>
                    </Td>
                  )}
                </Tr>
              ))}
              {members.length === 0 && (
                <Tr>
                  <Td colSpan={5}>{t("orgkitNoMembers")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}

/** The catalog's role keys, with a member's current role kept even if the catalog lost it. */
function roleOptions(roles: Role[], current: string): string[] {
  const keys = roles.map((r) => r.key);
  return keys.includes(current) ? keys : [current, ...keys];
}

function AddMember({ base, roles, onAdded }: { base: string; roles: Role[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const [user, setUser] = useState("");
  const [role, setRole] = useState("org:member");
  const [busy, setBusy] = useState(false);
  async function add() {
    setBusy(true);
    try {
      await api.post(base, { user: user.trim(), role });
      notify.success(t("orgkitMemberAdded", { user: user.trim() }));
      setUser("");
      onAdded();
    } catch (error) {
      notify.failure(t("orgkitMemberNotAdded", { user: user.trim() }), error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <ToolbarGroup>
      <ToolbarItem>
        <TextInput
          id="orgkit-add-member-user"
          aria-label={t("orgkitAddMemberUser")}
          placeholder={t("orgkitAddMemberUser")}
          value={user}
          onChange={(_e, v) => setUser(v)}
        />
      </ToolbarItem>
      <ToolbarItem>
        <FormSelect id="orgkit-add-member-role" aria-label={t("orgkitRole")} value={role} onChange={(_e, v) => setRole(v)}>
          {roles.map((r) => (
            <FormSelectOption key={r.key} value={r.key} label={r.key} />
          ))}
        </FormSelect>
      </ToolbarItem>
      <ToolbarItem>
        <Button data-testid="orgkit-add-member" isDisabled={!user.trim() || busy} isLoading={busy} onClick={add}>
          {t("orgkitAddMember")}
        </Button>
      </ToolbarItem>
    </ToolbarGroup>
  );
}
