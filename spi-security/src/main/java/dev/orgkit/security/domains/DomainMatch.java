package dev.orgkit.security.domains;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;



/**
 * The enabled organization whose verified domain is the domain of a user's verified email, with
 * that domain's enrollment mode. Unverified emails and unverified domains never match.
 */
public record DomainMatch(OrganizationModel org, String domain, EnrollmentMode mode) {

    public static Optional<DomainMatch> of(KeycloakSession session, UserModel user) {
        NativeDomains orgs = NativeDomains.of(session);
        if (user == null || !user.isEnabled() || !user.isEmailVerified()) {
            return Optional.empty();
        }
        String domain = DomainName.ofEmail(user.getEmail());
        OrganizationModel org = domain == null ? null : orgs.byDomain(domain);
        if (org == null || !org.isEnabled()) {
            return Optional.empty();
        }
        boolean verified = orgs.domain(org, domain).map(OrganizationDomainModel::isVerified).orElse(false);
        if (!verified) {
            return Optional.empty();
        }
        return Optional.of(new DomainMatch(org, domain, DomainSettings.read(org, domain).mode()));
    }

    public boolean is(EnrollmentMode wanted) {
        return mode == wanted;
    }
}
