package dev.orgkit.organizations.service;

import org.keycloak.models.UserModel;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.representation.OrganizationCreationRepresentation;
import dev.orgkit.organizations.slug.SlugPolicy;

/**
 * Answers "may this user create an organization now?" for display, with a plain read. The create
 * itself decides again under the user's row lock ({@link OrganizationService#create}).
 */
public final class CreationAllowance {

    private CreationAllowance() {
    }

    public static OrganizationCreationRepresentation of(OrgkitPolicy policy, NativeOrganizations orgs, UserModel user,
                                                        boolean unbound) {
        OrganizationCreationRepresentation rep = new OrganizationCreationRepresentation();
        rep.limit = unbound ? 0 : policy.creationLimit();
        rep.created = orgs.withAttribute(NativeOrganizations.CREATED_BY_ATTRIBUTE, user.getId()).count();
        if (!unbound && !policy.creationEnabled()) {
            rep.reason = "creation_disabled";
        } else if (rep.limit > 0 && rep.created >= rep.limit) {
            rep.reason = "creation_limit_reached";
        }
        rep.allowed = rep.reason == null;
        rep.slugMinLength = SlugPolicy.MIN_LENGTH;
        rep.slugMaxLength = SlugPolicy.MAX_LENGTH;
        rep.reservedSlugs = policy.reservedSlugs().stream().sorted().toList();
        return rep;
    }
}
