import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  AlertVariant,
  Button,
  FormSelect,
  FormSelectOption,
  Label,
  Pagination,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import { changeRole, members, removeMember, roles as catalog, type Member, type Membership, type Role } from "../api/orgkit";
import { ConfirmModal } from "../components/ConfirmModal";
import { useErrorMessage } from "../components/errors";
import { LoadError, Loading } from "../components/Layout";
import { useLoad } from "../components/useLoad";
import { RoleLabel, useRoleName } from "../organizations/RoleLabel";
import { can, covers, MEMBERSHIPS_MANAGE } from "../permissions";

/** Members with search and paging; role changes and removal for org:sys_memberships:manage. */
export function MembersTab({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useErrorMessage();
  const roleName = useRoleName();
  const { addAlert } = useAccountAlerts();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const [first, setFirst] = useState(0);
  const [max, setMax] = useState(10);
  const [removing, setRemoving] = useState<Member>();
  const [busy, setBusy] = useState<string>();
  const manage = can(membership, MEMBERSHIPS_MANAGE);

  // One more than a page tells whether there is a next page.
  const page = useLoad(
    (signal) => members(api, membership.id, { search: query || undefined, first, max: max + 1 }, signal),
    [api, membership.id, query, first, max],
  );
  const catalogRoles = useLoad((signal) => (manage ? catalog(api, signal) : Promise.resolve([] as Role[])), [api, manage]);
  const rows = page.data?.slice(0, max) ?? [];
  const hasMore = (page.data?.length ?? 0) > max;
  const me = api.userId();
  const byKey = new Map((catalogRoles.data ?? []).map((role) => [role.key, role]));
  const assignable = (catalogRoles.data ?? []).filter((role) => covers(membership, role));
  const mayChange = (member: Member) => manage && member.user_id !== me && covers(membership, byKey.get(member.role));

  const setRole = async (member: Member, role: string) => {
    setBusy(member.user_id);
    try {
      const updated = await changeRole(api, membership.id, member.user_id, role);
      page.set((page.data ?? []).map((m) => (m.user_id === updated.user_id ? updated : m)));
      addAlert(t("orgkitRoleChanged", { user: member.username, role: roleName(updated.role) }));
    } catch (error) {
      addAlert(t("orgkitRoleChangeFailed", { user: member.username, reason: message(error) }), AlertVariant.danger);
      page.reload();
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async (member: Member) => {
    try {
      await removeMember(api, membership.id, member.user_id);
      setRemoving(undefined);
      page.reload();
      addAlert(t("orgkitMemberRemoved", { user: member.username }));
    } catch (error) {
      setRemoving(undefined);
      addAlert(t("orgkitMemberRemoveFailed", { user: member.username, reason: message(error) }), AlertVariant.danger);
    }
  };

  const pagination = (position: "top" | "bottom") => (
    <Pagination
      itemCount={first + rows.length + (hasMore ? 1 : 0)}
      perPage={max}
      page={Math.floor(first / max) + 1}
      perPageOptions={[10, 20, 50].map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, p) => setFirst((p - 1) * max)}
      onPerPageSelect={(_e, perPage) => {
        setMax(perPage);
        setFirst(0);
      }}
      toggleTemplate={({ firstIndex, lastIndex }) => (
        <>
          <b>{firstIndex} - {lastIndex}</b>
        </>
      )}
      variant={position}
      isCompact={position === "top"}
      titles={{ paginationAriaLabel: t("orgkitMembersPagination", { position }) }}
    />
  );

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem variant="search-filter">
            <SearchInput
              aria-label={t("orgkitSearchMembers")}
              placeholder={t("orgkitSearchMembers")}
              value={search}
              onChange={(_e, value) => setSearch(value)}
              onSearch={(_e, value) => {
                setQuery(value.trim());
                setFirst(0);
              }}
              onClear={() => {
                setSearch("");
                setQuery("");
                setFirst(0);
              }}
            />
          </ToolbarItem>
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            {pagination("top")}
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {page.error ? (
        <LoadError error={page.error} onRetry={page.reload} />
      ) : !page.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p data-testid="no-members">{query ? t("orgkitNoMembersFound", { search: query }) : t("orgkitNoMembers")}</p>
      ) : (
        <Table aria-label={t("orgkitMembersOf", { name: membership.name })} variant="compact" data-testid="members-table">
          <Thead>
            <Tr>
              <Th>{t("orgkitUsername")}</Th>
              <Th>{t("orgkitFullName")}</Th>
              <Th>{t("orgkitEmail")}</Th>
              <Th>{t("orgkitRole")}</Th>
              {manage && <Th screenReaderText={t("orgkitActions")} />}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((member) => (
              <Tr key={member.user_id} data-testid={`member-${member.username}`}>
                <Td dataLabel={t("orgkitUsername")}>
                  {member.username} {member.user_id === me && <Label isCompact>{t("orgkitYou")}</Label>}{" "}
                  {member.managed && <Label isCompact color="purple">{t("orgkitManaged")}</Label>}
                </Td>
                <Td dataLabel={t("orgkitFullName")}>{[member.first_name, member.last_name].filter(Boolean).join(" ")}</Td>
                <Td dataLabel={t("orgkitEmail")}>{member.email}</Td>
                <Td dataLabel={t("orgkitRole")}>
                  {mayChange(member) ? (
                    <FormSelect
                      value={member.role}
                      aria-label={t("orgkitRoleOf", { user: member.username })}
                      isDisabled={busy === member.user_id}
                      onChange={(_e, value) => setRole(member, value)}
                      data-testid="role-select"
                    >
                      {assignable.some((role) => role.key === member.role) ? null : (
                        <FormSelectOption value={member.role} label={roleName(member.role, byKey.get(member.role)?.name)} isDisabled />
                      )}
                      {assignable.map((role) => (
                        <FormSelectOption key={role.key} value={role.key} label={roleName(role.key, role.name)} />
                      ))}
                    </FormSelect>
                  ) : (
                    <RoleLabel role={member.role} />
                  )}
                </Td>
                {manage && (
                  <Td dataLabel={t("orgkitActions")} isActionCell>
                    {mayChange(member) && !member.managed && (
                      <Button
                        variant="link"
                        isDanger
                        size="sm"
                        onClick={() => setRemoving(member)}
                        aria-label={t("orgkitRemoveNamed", { user: member.username })}
                        data-testid="remove-member"
                      >
                        {t("orgkitRemove")}
                      </Button>
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {rows.length > 0 && pagination("bottom")}
      {removing && (
        <ConfirmModal
          isOpen
          danger
          title={t("orgkitRemoveTitle", { user: removing.username })}
          confirmLabel={t("orgkitRemove")}
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(undefined)}
        >
          {t("orgkitRemoveBody", { user: removing.username, name: membership.name })}
        </ConfirmModal>
      )}
    </>
  );
}
