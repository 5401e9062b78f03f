package dev.orgkit.security.backfill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * Gives one user a personal organization, in the caller's transaction: locks (the realm's catalog
 * client, then the user's row, the order organization creation uses too), re-checks with locking
 * reads that the user still has none, then creates it through {@link OrganizationService} (slug
 * rules, audit log, webhooks, admin event) and adds the user as {@code org:admin} through its
 * member service.
 *
 * <p>The organization carries {@code orgkit.personal-for = <user id>}; it does not carry
 * {@code orgkit.created-by}, so it does not count toward the user's own creation limit. The user
 * gets {@code orgkit.personal-organization = <organization id>}, the backfill's own record that it
 * made one (an unmanaged attribute: not shown by Keycloak's user profile unless a realm enables
 * unmanaged attributes).
 */
final class PersonalOrganizations {

    /** Organization attribute naming the user a personal organization was made for. */
    static final String PERSONAL_FOR_ATTRIBUTE = "orgkit.personal-for";
    /** User attribute (the organization's id) recording that the backfill made one for the user. */
    static final String USER_MARKER_ATTRIBUTE = "orgkit.personal-organization";

    enum Outcome { CREATED, SKIPPED }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ChangeRecorder recorder;

    PersonalOrganizations(KeycloakSession session, RealmModel realm, ChangeRecorder recorder) {
        this.session = session;
        this.realm = realm;
        this.recorder = recorder;
    }

    Outcome give(String userId) {
        OrgkitCore core = OrgkitCore.of(session);
        core.lockRealm();
        core.lockUser(userId);
        UsersWithoutOrganization queries = new UsersWithoutOrganization(session);
        if (queries.inAnyOrganizationLocked(userId) || queries.hadPersonalOrganizationLocked(userId)) {
            return Outcome.SKIPPED;
        }
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || user.getServiceAccountClientLink() != null) {
            return Outcome.SKIPPED;
        }
        String name = PersonalOrgName.unique(PersonalOrgName.base(user.getFirstName(), user.getLastName(), user.getUsername()),
                candidate -> queries.nameTaken(realm.getId(), candidate));
        // no owner here: the organization gets no orgkit.created-by; the user joins as org:admin below
        OrganizationModel org = core.createOrganization(name, Map.of(PERSONAL_FOR_ATTRIBUTE, userId), recorder);
        core.join(org, user, core.adminRole(), recorder);
        user.setSingleAttribute(USER_MARKER_ATTRIBUTE, org.getId());
        return Outcome.CREATED;
    }
}
