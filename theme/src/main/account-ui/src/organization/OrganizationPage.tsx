import {
  Breadcrumb,
  BreadcrumbItem,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Tab,
  TabTitleText,
  Tabs,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";

import { useApi } from "../api/client";
import { myOrganizations } from "../api/orgkit";
import { LoadError, Loading, PageLayout } from "../components/Layout";
import { OrganizationLogo } from "../components/OrganizationLogo";
import { useLoad } from "../components/useLoad";
import { basePath, joinPath } from "../environment";
import { RoleLabel } from "../organizations/RoleLabel";
import { DomainsTab } from "../enrollment/DomainsTab";
import { RequestsTab } from "../enrollment/RequestsTab";
import { can, DOMAINS_READ, MEMBERSHIPS_MANAGE, MEMBERSHIPS_READ } from "../permissions";
import { paths } from "../routes";
import { InvitationsTab } from "./InvitationsTab";
import { MembersTab } from "./MembersTab";
import { SettingsTab } from "./SettingsTab";

/**
 * One of my organizations. Tabs follow my role's permissions: settings (read-only without
 * org:sys_profile:manage), members (org:sys_memberships:read), invitations and requests to join
 * (org:sys_memberships:manage), domains (org:sys_domains:read).
 */
export function OrganizationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { orgId = "", tab = "settings" } = useParams();
  const orgs = useLoad((signal) => myOrganizations(api, signal), [api]);
  const membership = orgs.data?.find((m) => m.id === orgId || m.slug === orgId);

  const breadcrumb = (
    <Breadcrumb>
      <BreadcrumbItem
        render={({ className }) => (
          <Link className={className} to={joinPath(basePath, paths.organizations)}>
            {t("organizations")}
          </Link>
        )}
      />
      <BreadcrumbItem isActive>{membership?.name ?? ""}</BreadcrumbItem>
    </Breadcrumb>
  );

  if (orgs.error) return <PageLayout title={t("organizations")}><LoadError error={orgs.error} onRetry={orgs.reload} /></PageLayout>;
  if (!orgs.data) return <PageLayout title={t("organizations")}><Loading /></PageLayout>;
  if (!membership) {
    return (
      <PageLayout title={t("organizations")} breadcrumb={breadcrumb}>
        <EmptyState>
          <EmptyStateHeader titleText={t("orgkitOrganizationNotFound")} headingLevel="h2" />
          <EmptyStateBody>{t("orgkitOrganizationNotFoundBody")}</EmptyStateBody>
        </EmptyState>
      </PageLayout>
    );
  }

  const tabs = [
    { key: "settings", title: t("orgkitSettings"), shown: true },
    { key: "members", title: t("orgkitMembers"), shown: can(membership, MEMBERSHIPS_READ) },
    { key: "invitations", title: t("orgkitInvitations"), shown: can(membership, MEMBERSHIPS_MANAGE) },
    { key: "requests", title: t("orgkitRequests"), shown: can(membership, MEMBERSHIPS_MANAGE) },
    { key: "domains", title: t("orgkitDomains"), shown: can(membership, DOMAINS_READ) },
  ].filter((entry) => entry.shown);
  const activeTab = tabs.some((entry) => entry.key === tab) ? tab : "settings";

  return (
    <PageLayout
      title={
        <>
          <OrganizationLogo organization={membership} size="lg" /> {membership.name}
        </>
      }
      description={<>{t("orgkitYourRole")}: <RoleLabel role={membership.role} /></>}
      breadcrumb={breadcrumb}
    >
      <Tabs
        activeKey={activeTab}
        onSelect={(_event, key) => navigate(joinPath(basePath, paths.organization(membership.id, String(key))))}
        aria-label={t("orgkitOrganizationSections")}
        mountOnEnter
        unmountOnExit
      >
        {tabs.map((entry) => (
          <Tab key={entry.key} eventKey={entry.key} title={<TabTitleText>{entry.title}</TabTitleText>} data-testid={`tab-${entry.key}`}>
            {entry.key === "settings" && <SettingsTab membership={membership} onLogoChanged={orgs.reload} />}
            {entry.key === "members" && <MembersTab membership={membership} />}
            {entry.key === "invitations" && <InvitationsTab membership={membership} />}
            {entry.key === "requests" && <RequestsTab membership={membership} />}
            {entry.key === "domains" && <DomainsTab membership={membership} />}
          </Tab>
        ))}
      </Tabs>
    </PageLayout>
  );
}
