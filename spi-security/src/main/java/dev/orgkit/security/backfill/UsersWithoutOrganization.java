package dev.orgkit.security.backfill;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Finds the users of a realm who are in no organization, straight from Keycloak's tables: a user
 * (not a service account) with no membership in any organization's group and no personal
 * organization made for them before (a user who left theirs is not given another). Paged by a
 * cursor on the user id, so a large realm is never loaded at once; it uses Keycloak's indexes on
 * {@code USER_GROUP_MEMBERSHIP(USER_ID)}, {@code ORG(GROUP_ID)} and {@code GROUP_ATTRIBUTE(NAME, ...)}.
 */
final class UsersWithoutOrganization {

    private static final String WITHOUT_ORGANIZATION = " FROM {h-schema}USER_ENTITY u"
            + " WHERE u.REALM_ID = :realm AND u.SERVICE_ACCOUNT_CLIENT_LINK IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM {h-schema}USER_GROUP_MEMBERSHIP m JOIN {h-schema}ORG o ON o.GROUP_ID = m.GROUP_ID"
            + " WHERE m.USER_ID = u.ID)"
            + " AND NOT EXISTS (SELECT 1 FROM {h-schema}GROUP_ATTRIBUTE a WHERE a.NAME = :personal AND a.VALUE = u.ID)";

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
                .setParameter("personal", PersonalOrganizations.PERSONAL_FOR_ATTRIBUTE)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    long count(String realmId) {
        Object count = em().createNativeQuery("SELECT COUNT(*)" + WITHOUT_ORGANIZATION)
                .setParameter("realm", realmId)
                .setParameter("personal", PersonalOrganizations.PERSONAL_FOR_ATTRIBUTE)
                .getSingleResult();
        return ((Number) count).longValue();
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
