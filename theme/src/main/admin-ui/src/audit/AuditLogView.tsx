import {
  Button,
  CodeBlock,
  CodeBlockCode,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";

import { useApi } from "../api/client";
import type { AuditEntry } from "../api/types";
import { Loaded } from "../components/Loaded";
import { formatTime, pageQuery, Paging, type Page } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { auditQuery, NO_FILTERS, type AuditFilters } from "./filters";

/**
 * The audit log, newest first, filtered by action, actor and time and paged: the realm's
 * (`/audit-log`) or one organization's (`organization=`).
 */
export function AuditLogView({ organization }: { organization?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [page, setPage] = useState<Page>({ first: 0, max: 20 });
  const [open, setOpen] = useState<string>();
  const load = useLoad(
    (signal) => api.get<AuditEntry[]>("audit-log", { organization, ...auditQuery(filters), ...pageQuery(page) }, signal),
    [api, organization, filters, page],
  );
  const apply = () => {
    setFilters(form);
    setPage((p) => ({ ...p, first: 0 }));
  };
  const field = (name: keyof AuditFilters, label: string, type = "text") => (
    <ToolbarItem>
      <TextInput
        id={`orgkit-audit-${name}`}
        aria-label={label}
        placeholder={label}
        type={type as "text"}
        value={form[name]}
        onChange={(_e, v) => setForm((f) => ({ ...f, [name]: v }))}
        onKeyDown={(e) => e.key === "Enter" && apply()}
      />
    </ToolbarItem>
  );

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarGroup variant="filter-group">
            {field("action", t("orgkitAuditAction"))}
            {field("actor", t("orgkitAuditActor"))}
            {field("from", t("orgkitAuditFrom"), "datetime-local")}
            {field("to", t("orgkitAuditTo"), "datetime-local")}
            <ToolbarItem>
              <Button variant="secondary" data-testid="orgkit-audit-apply" onClick={apply}>
                {t("orgkitApplyFilters")}
              </Button>
            </ToolbarItem>
          </ToolbarGroup>
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Paging page={page} count={load.data?.length ?? 0} onChange={setPage} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Loaded load={load}>
        {(entries) => (
          <Table aria-label={t("orgkitAuditLog")} variant="compact" data-testid="orgkit-audit-log">
            <Thead>
              <Tr>
                <Th screenReaderText={t("orgkitDetails")} />
                <Th>{t("orgkitAuditTime")}</Th>
                <Th>{t("orgkitAuditAction")}</Th>
                <Th>{t("orgkitAuditActor")}</Th>
                <Th>{t("orgkitAuditTarget")}</Th>
                {!organization && <Th>{t("orgkitOrganization")}</Th>}
              </Tr>
            </Thead>
            <Tbody>
              {entries.slice(0, page.max).map((entry, index) => (
                <Fragment key={entry.id}>
                  <Tr data-testid="orgkit-audit-entry" data-action={entry.action} data-entry-id={entry.id}>
                    <Td
                      expand={{
                        rowIndex: index,
                        isExpanded: open === entry.id,
                        onToggle: () => setOpen(open === entry.id ? undefined : entry.id),
                      }}
                    />
                    <Td dataLabel={t("orgkitAuditTime")}>{formatTime(entry.created_at)}</Td>
                    <Td dataLabel={t("orgkitAuditAction")}>
                      <code>{entry.action}</code>
                    </Td>
                    <Td dataLabel={t("orgkitAuditActor")}>
                      {entry.actor.username ?? entry.actor.id ?? entry.actor.type} ({entry.actor.type})
                    </Td>
                    <Td dataLabel={t("orgkitAuditTarget")}>
                      {entry.target ? `${entry.target.type ?? ""} ${entry.target.id ?? ""}` : "—"}
                    </Td>
                    {!organization && <Td dataLabel={t("orgkitOrganization")}>{entry.organization_id ?? t("orgkitRealmLevel")}</Td>}
                  </Tr>
                  {open === entry.id && (
                    <Tr isExpanded>
                      <Td colSpan={organization ? 5 : 6}>
                        <ExpandableRowContent>
                          <CodeBlock>
                            <CodeBlockCode>
                              {JSON.stringify({ details: entry.details, actor: entry.actor, ip_address: entry.ip_address, user_agent: entry.user_agent }, null, 2)}
                            </CodeBlockCode>
                          </CodeBlock>
                        </ExpandableRowContent>
                      </Td>
                    </Tr>
                  )}
                </Fragment>
              ))}
              {entries.length === 0 && (
                <Tr>
                  <Td colSpan={6}>{t("orgkitNoAuditEntries")}</Td>
                </Tr>
              )}
            </Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}
