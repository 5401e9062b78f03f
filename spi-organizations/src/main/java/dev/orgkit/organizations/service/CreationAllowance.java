package dev.orgkit.organizations.service;

import java.util.Set;

import org.keycloak.models.UserModel;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.NativeOrganizations;

/**
 * Answers "may this user create an organization now?" for display, with a plain read. The create
 * itself decides again under the user's row lock ({@link OrganizationService#create}).
 */
public record CreationAllowance(boolean allowed, String reason, int limit, long created, Set<String> reservedSlugs) {

    public static CreationAllowance of(OrgkitPolicy policy, NativeOrganizations orgs, UserModel user, boolean unbound) {
        int limit = unbound ? 0 : policy.creationLimit();
        long created = orgs.withAttribute(NativeOrganizations.CREATED_BY_ATTRIBUTE, user.getId()).count();
        String reason = null;
        if (!unbound && !policy.creationEnabled()) {
            reason = "creation_disabled";
        } else if (limit > 0 && created >= limit) {
            reason = "creation_limit_reached";
        }
        return new CreationAllowance(reason == null, reason, limit, created, policy.reservedSlugs());
    }
}
