package dev.orgkit.organizations.kc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Row locks and locking reads on Keycloak's own tables, for invariants two requests can race on
 * (the last admin of an organization, the per-user creation limit).
 *
 * <p>Locking reads ({@code FOR UPDATE}) are used for every read that decides such an invariant:
 * on MariaDB's default REPEATABLE READ a plain read could see a snapshot older than the lock.
 * Table names are Keycloak's; {@code {h-schema}} follows a configured database schema.
 */
public final class KeycloakRowLocks {

    private final KeycloakSession session;

    private KeycloakRowLocks(KeycloakSession session) {
        this.session = session;
    }

    public static KeycloakRowLocks of(KeycloakSession session) {
        return new KeycloakRowLocks(session);
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /**
     * Whether the organization's row exists as the latest committed state has it (no lock): for a
     * request that met Keycloak's cache still holding an organization a parallel request deleted.
     */
    public boolean organizationExists(String organizationId) {
        return !em().createNativeQuery("SELECT ID FROM {h-schema}ORG WHERE ID = ?")
                .setParameter(1, organizationId)
                .getResultList()
                .isEmpty();
    }

    /**
     * Serialises changes of one organization until the transaction ends. Returns whether the
     * organization still exists once the lock is held: a request that waited for a parallel delete
     * finds no row (the organization model it loaded before may still come from a cache).
     */
    public boolean lockOrganization(String organizationId) {
        return !em().createNativeQuery("SELECT ID FROM {h-schema}ORG WHERE ID = ? FOR UPDATE")
                .setParameter(1, organizationId)
                .getResultList()
                .isEmpty();
    }

    /**
     * {@link #lockOrganization} that also answers the profile as committed (name, description,
     * enabled), or null when the row is gone: what a change decides "did anything change" on, since
     * the model it loaded before the lock may be a cached copy from before a parallel change.
     */
    public OrganizationRow lockedOrganization(String organizationId) {
        List<?> rows = em().createNativeQuery("SELECT NAME, DESCRIPTION, ENABLED FROM {h-schema}ORG WHERE ID = ? FOR UPDATE")
                .setParameter(1, organizationId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        Object enabled = row[2];
        boolean on = enabled instanceof Boolean b ? b : enabled instanceof Number n && n.intValue() != 0;
        return new OrganizationRow((String) row[0], (String) row[1], on);
    }

    /** An organization's profile as its committed row has it. */
    public record OrganizationRow(String name, String description, boolean enabled) { }

    /**
     * Whether the user is a member of the organization (in its internal group), read with a lock:
     * call after {@link #lockOrganization}, so a request that waited for a parallel removal sees it.
     */
    public boolean isMember(String organizationId, String userId) {
        return !em().createNativeQuery("SELECT USER_ID FROM {h-schema}USER_GROUP_MEMBERSHIP WHERE USER_ID = ? "
                        + "AND GROUP_ID = (SELECT GROUP_ID FROM {h-schema}ORG WHERE ID = ?) FOR UPDATE")
                .setParameter(1, userId)
                .setParameter(2, organizationId)
                .getResultList()
                .isEmpty();
    }

    /**
     * How many members the organization has (users in its internal group), counting at most
     * {@code max}, read with a lock: call after {@link #lockOrganization}, so the count includes every
     * committed join and the transaction's own. Bounded, so a large organization costs no more than its limit.
     */
    public int countMembers(String organizationId, int max) {
        if (max <= 0) {
            return 0;
        }
        return em().createNativeQuery("SELECT USER_ID FROM {h-schema}USER_GROUP_MEMBERSHIP "
                        + "WHERE GROUP_ID = (SELECT GROUP_ID FROM {h-schema}ORG WHERE ID = ?) FOR UPDATE")
                .setParameter(1, organizationId)
                .setMaxResults(max)
                .getResultList()
                .size();
    }

    /**
     * Serialises organization creation in a realm until the transaction ends, by locking the row of
     * the realm's role-catalog client (a row only orgkit writes). Without it, parallel inserts of the
     * same slug deadlock on MariaDB's unique-index locks instead of failing cleanly.
     */
    public void lockClient(String clientId) {
        em().createNativeQuery("SELECT ID FROM {h-schema}CLIENT WHERE ID = ? FOR UPDATE")
                .setParameter(1, clientId)
                .getResultList();
    }

    /** Serialises organization creation by one user until the transaction ends. */
    public void lockUser(String userId) {
        em().createNativeQuery("SELECT ID FROM {h-schema}USER_ENTITY WHERE ID = ? FOR UPDATE")
                .setParameter(1, userId)
                .getResultList();
    }

    /** The ids of the groups {@code userId} is directly in, read with a lock (latest committed data). */
    public List<String> groupIdsOf(String userId) {
        return em().createNativeQuery("SELECT GROUP_ID FROM {h-schema}USER_GROUP_MEMBERSHIP WHERE USER_ID = ? FOR UPDATE")
                .setParameter(1, userId)
                .getResultList().stream().map(String::valueOf).toList();
    }

    /** The ids of users directly in any of {@code groupIds}, read with a lock (latest committed data). */
    public List<Membership> memberships(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = em().createNativeQuery(
                        "SELECT USER_ID, GROUP_ID FROM {h-schema}USER_GROUP_MEMBERSHIP WHERE GROUP_ID IN (:groups) FOR UPDATE")
                .setParameter("groups", groupIds)
                .getResultList();
        List<Membership> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            result.add(new Membership(String.valueOf(columns[0]), String.valueOf(columns[1])));
        }
        return result;
    }

    /** Whether {@code groupId} has a direct member other than {@code userId}, read with a lock. */
    public boolean hasMemberOtherThan(String groupId, String userId) {
        return !em().createNativeQuery(
                        "SELECT USER_ID FROM {h-schema}USER_GROUP_MEMBERSHIP WHERE GROUP_ID = ? AND USER_ID <> ? FOR UPDATE")
                .setParameter(1, groupId)
                .setParameter(2, userId == null ? "" : userId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The organization's attribute {@code name} as the latest committed row has it (read with a lock), or null. */
    public String organizationAttribute(String organizationId, String name) {
        List<?> rows = em().createNativeQuery("SELECT VALUE FROM {h-schema}GROUP_ATTRIBUTE WHERE NAME = ? "
                        + "AND GROUP_ID = (SELECT GROUP_ID FROM {h-schema}ORG WHERE ID = ?) FOR UPDATE")
                .setParameter(1, name)
                .setParameter(2, organizationId)
                .getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** Serialises changes of the realm's orgkit policy until the transaction ends. */
    public void lockRealm(String realmId) {
        em().createNativeQuery("SELECT ID FROM {h-schema}REALM WHERE ID = ? FOR UPDATE")
                .setParameter(1, realmId)
                .getResultList();
    }

    /** A realm attribute as the latest committed row has it (read with a lock), or null. */
    public String realmAttribute(String realmId, String name) {
        List<?> rows = em().createNativeQuery("SELECT VALUE FROM {h-schema}REALM_ATTRIBUTE WHERE REALM_ID = ? AND NAME = ? FOR UPDATE")
                .setParameter(1, realmId)
                .setParameter(2, name)
                .getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        Object value = rows.get(0);
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.valueOf(value);
    }

    /** Whether the client has a role named {@code name}, read with a lock. */
    public boolean clientRoleExists(String clientId, String name) {
        return !em().createNativeQuery("SELECT ID FROM {h-schema}KEYCLOAK_ROLE WHERE CLIENT = ? AND NAME = ? FOR UPDATE")
                .setParameter(1, clientId)
                .setParameter(2, name)
                .getResultList()
                .isEmpty();
    }

    /** How many organizations carry the attribute {@code name=value}, read with a lock. */
    public int countGroupAttributes(String name, String value) {
        return em().createNativeQuery(
                        "SELECT GROUP_ID FROM {h-schema}GROUP_ATTRIBUTE WHERE NAME = ? AND VALUE = ? FOR UPDATE")
                .setParameter(1, name)
                .setParameter(2, value)
                .getResultList()
                .size();
    }

    /** Sends pending changes to the database now, so a constraint violation surfaces here. */
    public void flush() {
        em().flush();
    }

    public record Membership(String userId, String groupId) { }

}
