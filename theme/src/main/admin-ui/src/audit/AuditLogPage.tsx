import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import { PageSection } from "@patternfly/react-core";

import { AuditLogView } from "./AuditLogView";

/** Every organization's audit entries and the realm-level ones. */
export function AuditLogPage() {
  return (
    <>
      <ViewHeader titleKey="orgkitAuditLog" subKey="orgkitAuditLogHelp" />
      <PageSection variant="light">
        <AuditLogView />
      </PageSection>
    </>
  );
}
