package dev.orgkit.security.mfa;

import java.util.Map;

import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;


/** Changes an organization's security settings and records the change (audit log, webhook, admin event). */
final class SecurityChanges {

    private SecurityChanges() {
    }

    static SecuritySettings setMfaRequired(OrgkitCore core, ChangeRecorder changes, OrganizationModel org, boolean required) {
        // one writer at a time, so two identical PUTs racing record one change, not two
        core.lockExistingOrganization(org.getId());
        // decided on the committed attribute: the model may be older than a parallel duplicate's change
        boolean committed = core.committedAttribute(org.getId(), MfaRequirement.ATTRIBUTE).map("true"::equalsIgnoreCase)
                .orElse(false);
        if (committed != required) {
            MfaRequirement.write(org, required);
            core.recordOrganizationUpdated(org, changes, Map.of(SecuritySettings.MFA_REQUIRED, Boolean.toString(required)));
        }
        // not re-read: Keycloak's organization adapter keeps the attributes it read before the change
        return SecuritySettings.of(required);
    }
}
