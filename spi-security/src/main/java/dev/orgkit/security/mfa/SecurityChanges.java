package dev.orgkit.security.mfa;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.representation.Representations;

/** Changes an organization's security settings and records the change (audit log, webhook, admin event). */
final class SecurityChanges {

    private SecurityChanges() {
    }

    static SecuritySettings setMfaRequired(KeycloakSession session, ChangeRecorder recorder, OrganizationModel org,
                                           boolean required) {
        // one writer at a time, so two identical PUTs racing record one change, not two
        KeycloakRowLocks locks = KeycloakRowLocks.of(session);
        if (!locks.lockOrganization(org.getId())) {
            throw OrgkitException.notFound("organization not found");
        }
        // decided on the committed attribute: the model may be older than a parallel duplicate's change
        boolean committed = "true".equalsIgnoreCase(locks.organizationAttribute(org.getId(), MfaRequirement.ATTRIBUTE));
        if (committed != required) {
            MfaRequirement.write(org, required);
            recorder.record(OrgAction.ORGANIZATION_UPDATED, org.getId(), "organization", org.getId(),
                    Representations.organization(org, false, null), Map.of(SecuritySettings.MFA_REQUIRED, Boolean.toString(required)));
        }
        // not re-read: Keycloak's organization adapter keeps the attributes it read before the change
        return SecuritySettings.of(required);
    }
}
