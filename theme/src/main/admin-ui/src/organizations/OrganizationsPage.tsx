import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Label,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { useApi } from "../api/client";
import type { Organization } from "../api/types";
import { Loaded } from "../components/Loaded";
import { formatTime, pageQuery, Paging, type Page } from "../components/Paging";
import { useLoad } from "../components/useLoad";
import { paths } from "../routes";

/** Every organization of the realm, searchable; each opens orgkit's view of it. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { realm } = useRealm();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const [page, setPage] = useState<Page>({ first: 0, max: 20 });
  const load = useLoad(
    (signal) => api.get<Organization[]>("organizations", { search: query, ...pageQuery(page) }, signal),
    [api, query, page],
  );
  return (
    <>
      <ViewHeader titleKey="orgkitOrganizations" subKey="orgkitOrganizationsHelp" />
      <PageSection variant="light">
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                aria-label={t("search")}
                placeholder={t("orgkitSearchOrganizations")}
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
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Paging page={page} count={load.data?.length ?? 0} onChange={setPage} />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <Loaded load={load}>
          {(orgs) => (
            <Table aria-label={t("orgkitOrganizations")} variant="compact" data-testid="orgkit-organizations">
              <Thead>
                <Tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("orgkitSlug")}</Th>
                  <Th>{t("orgkitMembershipLimit")}</Th>
                  <Th>{t("orgkitCreated")}</Th>
                  <Th>{t("status")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {orgs.slice(0, page.max).map((org) => (
                  <Tr key={org.id} data-testid={`orgkit-organization-${org.slug}`}>
                    <Td dataLabel={t("name")}>
                      <Link to={paths.organization(realm, org.id)}>{org.name}</Link>
                    </Td>
                    <Td dataLabel={t("orgkitSlug")}>
                      <code>{org.slug}</code>
                    </Td>
                    <Td dataLabel={t("orgkitMembershipLimit")}>
                      {org.max_allowed_memberships === 0 ? t("orgkitNoLimit") : org.max_allowed_memberships}
                    </Td>
                    <Td dataLabel={t("orgkitCreated")}>{formatTime(org.created_at)}</Td>
                    <Td dataLabel={t("status")}>
                      {org.enabled ? <Label color="green">{t("enabled")}</Label> : <Label>{t("disabled")}</Label>}
                    </Td>
                  </Tr>
                ))}
                {orgs.length === 0 && (
                  <Tr>
                    <Td colSpan={5}>{t("orgkitNoOrganizations")}</Td>
                  </Tr>
                )}
              </Tbody>
            </Table>
          )}
        </Loaded>
      </PageSection>
    </>
  );
}
