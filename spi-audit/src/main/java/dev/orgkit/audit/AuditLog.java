package dev.orgkit.audit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import dev.orgkit.audit.jpa.AuditEntryEntity;
import dev.orgkit.organizations.spi.Paging;

/** Reads and removes audit rows of one realm. */
final class AuditLog {

    private final EntityManager em;
    private final String realmId;

    AuditLog(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** Matching entries, newest first. */
    List<AuditEntryEntity> search(AuditFilter filter, Paging paging) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM OrgkitAuditEntry e WHERE e.realmId = :realm");
        if (filter.organizationId() != null) {
            jpql.append(" AND e.organizationId = :org");
        }
        if (filter.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (filter.actorId() != null) {
            jpql.append(" AND e.actorId = :actor");
        }
        if (filter.from() != null) {
            jpql.append(" AND e.createdAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND e.createdAt < :to");
        }
        jpql.append(" ORDER BY e.createdAt DESC, e.id DESC");
        TypedQuery<AuditEntryEntity> query = em.createQuery(jpql.toString(), AuditEntryEntity.class)
                .setParameter("realm", realmId);
        if (filter.organizationId() != null) {
            query.setParameter("org", filter.organizationId());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.actorId() != null) {
            query.setParameter("actor", filter.actorId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query.setFirstResult(paging.first()).setMaxResults(paging.max()).getResultList();
    }

    /** One entry of the realm. */
    Optional<AuditEntryEntity> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        AuditEntryEntity entry = em.find(AuditEntryEntity.class, id);
        return entry != null && realmId.equals(entry.getRealmId()) ? Optional.of(entry) : Optional.empty();
    }

    /** Removes the entries older than {@code cutoff} (epoch ms); returns how many. */
    int purgeBefore(long cutoff) {
        return em.createQuery("DELETE FROM OrgkitAuditEntry e WHERE e.realmId = :realm AND e.createdAt < :cutoff")
                .setParameter("realm", realmId)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** Removes every entry of the realm (the realm is being deleted). */
    int purgeAll() {
        return em.createQuery("DELETE FROM OrgkitAuditEntry e WHERE e.realmId = :realm")
                .setParameter("realm", realmId)
                .executeUpdate();
    }
}
