package dev.orgkit.security.backfill;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Finds the users of a realm who are in no organization, straight from Keycloak's tables: a user
 * (not a service account) with no membership in any organization's group and no personal
 * organization made for them before (a user who left theirs is not given another). Paged by a
 * cursor on the user id, so a large realm is never loaded at once; every lookup per user goes
 * through an index that exists on every supported database: {@code USER_GROUP_MEMBERSHIP(USER_ID)},
 * {@code ORG(GROUP_ID)}, {@code USER_ATTRIBUTE(USER_ID)}. (The marker is a user attribute rather
 * than a lookup of {@code GROUP_ATTRIBUTE} by value, which H2 does not index.)
 */
final class UsersWithoutOrganization {

    private static final String WITHOUT_ORGANIZATION = " FROM {h-schema}USER_ENTITY u"
            + " WHERE u.REALM_ID = :realm AND u.SERVICE_ACCOUNT_CLIENT_LINK IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM {h-schema}USER_GROUP_MEMBERSHIP m JOIN {h-schema}ORG o ON o.GROUP_ID = m.GROUP_ID"
            + " WHERE m.USER_ID = u.ID)"
            + " AND NOT EXISTS (SELECT 1 FROM {h-schema}USER_ATTRIBUTE a WHERE a.USER_ID = u.ID AND a.NAME = :personal)";

    private final KeycloakSession session;

    UsersWithoutOrganization(KeycloakSession session) {
        this.session = session;
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Up to {@code max} ids of users without an organization whose id sorts after {@code after}, in id order. */
    List<String> page(String realmId, String after, int max) {
        List<?> rows = em().createNativeQuery("SELECT u.ID" + WITHOUT_ORGANIZATION + " AND u.ID > :after ORDER BY u.ID")
                .setParameter("realm", realmId)
                .setParameter("personal", PersonalOrganizations.USER_MARKER_ATTRIBUTE)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    long count(String realmId) {
        Object count = em().createNativeQuery("SELECT COUNT(*)" + WITHOUT_ORGANIZATION)
                .setParameter("realm", realmId)
                .setParameter("personal", PersonalOrganizations.USER_MARKER_ATTRIBUTE)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** Whether an organization of the realm has exactly this name (Keycloak's unique index on ORG(REALM_ID, NAME)). */
    boolean nameTaken(String realmId, String name) {
        return !em().createNativeQuery("SELECT ID FROM {h-schema}ORG WHERE REALM_ID = ? AND NAME = ?")
                .setParameter(1, realmId)
                .setParameter(2, name)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether a personal organization was made for the user before, read with a lock. */
    boolean hadPersonalOrganizationLocked(String userId) {
        return !em().createNativeQuery("SELECT ID FROM {h-schema}USER_ATTRIBUTE WHERE USER_ID = ? AND NAME = ? FOR UPDATE")
                .setParameter(1, userId)
                .setParameter(2, PersonalOrganizations.USER_MARKER_ATTRIBUTE)
                .getResultList()
                .isEmpty();
    }

    /**
     * Whether the user is in an organization, read with locks (the latest committed rows, also on
     * MariaDB's REPEATABLE READ): two single-table locking reads, safe on every supported database.
     */
    boolean inAnyOrganizationLocked(String userId) {
        List<?> groups = em().createNativeQuery("SELECT GROUP_ID FROM {h-schema}USER_GROUP_MEMBERSHIP WHERE USER_ID = ? FOR UPDATE")
                .setParameter(1, userId)
                .getResultList();
        if (groups.isEmpty()) {
            return false;
        }
        return !em().createNativeQuery("SELECT ID FROM {h-schema}ORG WHERE GROUP_ID IN (:groups) FOR UPDATE")
                .setParameter("groups", groups.stream().map(String::valueOf).toList())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
