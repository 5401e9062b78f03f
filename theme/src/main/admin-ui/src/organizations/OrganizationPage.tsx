import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Label, PageSection, Tab, Tabs, TabTitleText, Text, TextContent, Title } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";

import { useApi } from "../api/client";
import type { Organization } from "../api/types";
import { AuditLogView } from "../audit/AuditLogView";
import { Loaded } from "../components/Loaded";
import { useLoad } from "../components/useLoad";
import { paths } from "../routes";
import { DomainsTab } from "./DomainsTab";
import { InvitationsTab } from "./InvitationsTab";
import { MembersTab } from "./MembersTab";
import { SettingsTab } from "./SettingsTab";

const TABS = ["members", "invitations", "domains", "settings", "audit-log"] as const;

/** orgkit's view of one organization: members with their roles, invitations, domains, settings, audit log. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { realm } = useRealm();
  const navigate = useNavigate();
  const { org: orgId = "", tab = "members" } = useParams();
  const load = useLoad(
    (signal) => api.get<Organization>(`organizations/${encodeURIComponent(orgId)}`, undefined, signal),
    [api, orgId],
  );
  const active = (TABS as readonly string[]).includes(tab) ? tab : "members";

  return (
    <Loaded load={load}>
      {(org) => (
        <>
          <PageSection variant="light">
            <TextContent>
              <Title headingLevel="h1" data-testid="orgkit-organization-name">
                {org.name} {!org.enabled && <Label>{t("disabled")}</Label>}
              </Title>
              <Text component="small">
                <code>{org.slug}</code> · {org.id}
              </Text>
            </TextContent>
          </PageSection>
          <PageSection variant="light" padding={{ default: "noPadding" }}>
            <Tabs
              activeKey={active}
              onSelect={(_e, key) => navigate(paths.organization(realm, org.id, String(key)))}
              mountOnEnter
              unmountOnExit
            >
              <Tab eventKey="members" data-testid="orgkit-tab-members" title={<TabTitleText>{t("orgkitMembers")}</TabTitleText>}>
                <PageSection variant="light">
                  <MembersTab org={org} />
                </PageSection>
              </Tab>
              <Tab eventKey="invitations" data-testid="orgkit-tab-invitations" title={<TabTitleText>{t("orgkitInvitations")}</TabTitleText>}>
                <PageSection variant="light">
                  <InvitationsTab org={org} />
                </PageSection>
              </Tab>
              <Tab eventKey="domains" data-testid="orgkit-tab-domains" title={<TabTitleText>{t("orgkitDomains")}</TabTitleText>}>
                <PageSection variant="light">
                  <DomainsTab org={org} />
                </PageSection>
              </Tab>
              <Tab eventKey="settings" data-testid="orgkit-tab-settings" title={<TabTitleText>{t("orgkitSettings")}</TabTitleText>}>
                <PageSection variant="light">
                  <SettingsTab org={org} onChanged={load.reload} />
                </PageSection>
              </Tab>
              <Tab eventKey="audit-log" data-testid="orgkit-tab-audit-log" title={<TabTitleText>{t("orgkitAuditLog")}</TabTitleText>}>
                <PageSection variant="light">
                  <AuditLogView organization={org.id} />
                </PageSection>
              </Tab>
            </Tabs>
          </PageSection>
        </>
      )}
    </Loaded>
  );
}
