package dev.orgkit.organizations.records;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Reads and writes the organization and membership records of one session's transaction.
 *
 * <p>A membership's id is derived from its organization and user ids (a name-based UUID), so it is
 * the same in every answer and event whether or not a record exists for it, e.g. for a membership
 * made before orgkit was installed.
 */
public final class Records {

    private final KeycloakSession session;

    private Records(KeycloakSession session) {
        this.session = session;
    }

    public static Records of(KeycloakSession session) {
        return new Records(session);
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public static String membershipId(String organizationId, String userId) {
        return UUID.nameUUIDFromBytes(("orgkit-membership:" + organizationId + ":" + userId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public Optional<OrganizationRecordEntity> organization(String organizationId) {
        return Optional.ofNullable(em().find(OrganizationRecordEntity.class, organizationId));
    }

    /** The records of {@code organizationIds} that exist (one query), by organization. */
    public Map<String, OrganizationRecordEntity> organizations(Collection<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("SELECT o FROM OrgkitOrganizationRecord o WHERE o.organizationId IN :ids",
                        OrganizationRecordEntity.class)
                .setParameter("ids", organizationIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(OrganizationRecordEntity::getOrganizationId, Function.identity()));
    }

    /**
     * The record of an organization, made now when there is none (an organization created outside
     * orgkit, e.g. by a realm import). Call with the organization locked when it may be missing.
     */
    public OrganizationRecordEntity organizationForWrite(String realmId, String organizationId) {
        // a locking read: on MariaDB a plain one could answer the transaction's older snapshot
        OrganizationRecordEntity record = em().find(OrganizationRecordEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            record = newOrganization(realmId, organizationId, null);
        }
        return record;
    }

    /**
     * The organization's own membership limit as the latest committed row has it (read with a lock,
     * so call with the organization locked), or null when it has none (no record, or the realm's default).
     */
    public Integer committedMaxAllowedMemberships(String organizationId) {
        List<?> rows = em().createNativeQuery("SELECT MAX_ALLOWED_MEMBERSHIPS FROM {h-schema}ORGKIT_ORGANIZATION "
                        + "WHERE ORG_ID = ? FOR UPDATE")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    /** The record of an organization orgkit has just created. */
    public OrganizationRecordEntity newOrganization(String realmId, String organizationId, String createdBy) {
        long now = Time.currentTimeMillis();
        OrganizationRecordEntity record = new OrganizationRecordEntity();
        record.setOrganizationId(organizationId);
        record.setRealmId(realmId);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setCreatedBy(createdBy);
        em().persist(record);
        return record;
    }

    public void touch(OrganizationRecordEntity record) {
        record.setUpdatedAt(Math.max(record.getUpdatedAt() + 1, Time.currentTimeMillis()));
    }

    public Optional<MembershipRecordEntity> membership(String organizationId, String userId) {
        return Optional.ofNullable(em().find(MembershipRecordEntity.class, membershipId(organizationId, userId)));
    }

    /**
     * Records that a user has joined an organization, unless it is recorded already; answers the
     * record, read with a lock (latest committed data) when it exists.
     */
    public MembershipRecordEntity joined(String realmId, String organizationId, String userId) {
        MembershipRecordEntity existing = em().find(MembershipRecordEntity.class, membershipId(organizationId, userId),
                LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            return existing;
        }
        long now = Time.currentTimeMillis();
        MembershipRecordEntity record = new MembershipRecordEntity();
        record.setId(membershipId(organizationId, userId));
        record.setRealmId(realmId);
        record.setOrganizationId(organizationId);
        record.setUserId(userId);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        em().persist(record);
        return record;
    }

    public void touch(MembershipRecordEntity record) {
        record.setUpdatedAt(Math.max(record.getUpdatedAt() + 1, Time.currentTimeMillis()));
    }

    /** Forgets a membership that has ended. */
    public void left(String organizationId, String userId) {
        MembershipRecordEntity record = em().find(MembershipRecordEntity.class, membershipId(organizationId, userId));
        if (record != null) {
            em().remove(record);
        }
    }

    /** The membership records of one organization among {@code userIds}, for a page of members. */
    public List<MembershipRecordEntity> memberships(String organizationId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT m FROM OrgkitMembershipRecord m WHERE m.organizationId = :org AND m.userId IN :users",
                        MembershipRecordEntity.class)
                .setParameter("org", organizationId)
                .setParameter("users", userIds)
                .getResultList();
    }
}
