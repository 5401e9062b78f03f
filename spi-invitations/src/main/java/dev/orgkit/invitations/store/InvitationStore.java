package dev.orgkit.invitations.store;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Reads and writes invitations. Reads that decide a change (is it still pending?) are locking
 * reads ({@link #lock}) taken after the organization's row lock, so that on MariaDB's REPEATABLE
 * READ they see the latest committed row and not the transaction's snapshot.
 */
public final class InvitationStore {

    private final EntityManager em;

    public InvitationStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void add(InvitationEntity invitation) {
        em.persist(invitation);
    }

    public InvitationEntity byId(String realmId, String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return null;
        }
        InvitationEntity found = em.find(InvitationEntity.class, id);
        return found != null && found.getRealmId().equals(realmId) ? found : null;
    }

    public InvitationEntity byTokenHash(String realmId, String tokenHash) {
        List<InvitationEntity> found = em.createQuery(
                        "select i from InvitationEntity i where i.tokenHash = :hash and i.realmId = :realm", InvitationEntity.class)
                .setParameter("hash", tokenHash)
                .setParameter("realm", realmId)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Re-reads an invitation with a row lock (latest committed state); null when it is gone. */
    public InvitationEntity lock(InvitationEntity invitation) {
        try {
            em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
            return invitation;
        } catch (EntityNotFoundException e) {
            return null;
        }
    }

    /**
     * The invitation holding the pending slot of (organization, email), then locked. The lookup
     * itself is a plain read: a locking read of a missing row would take a gap lock on MariaDB, and
     * gap locks of two organizations can deadlock. The caller holds the organization's lock; a
     * holder committed just before it is caught by the unique constraint instead.
     */
    /** Whether {@code email} declined an invitation to the organization or had one revoked. */
    public boolean answeredBefore(String organizationId, String email) {
        Long count = em.createQuery("select count(i) from InvitationEntity i where i.organizationId = :org "
                        + "and i.email = :email and i.status in (:declined, :revoked)", Long.class)
                .setParameter("org", organizationId)
                .setParameter("email", email)
                .setParameter("declined", Status.DECLINED.value())
                .setParameter("revoked", Status.REVOKED.value())
                .getSingleResult();
        return count > 0;
    }

    public InvitationEntity pendingSlot(String organizationId, String email) {
        List<InvitationEntity> found = em.createQuery(
                        "select i from InvitationEntity i where i.organizationId = :org and i.pendingEmail = :email",
                        InvitationEntity.class)
                .setParameter("org", organizationId)
                .setParameter("email", email)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        return lock(found.get(0));
    }

    /** An organization's invitations, newest first, optionally of some statuses only. */
    public List<InvitationEntity> list(String organizationId, Collection<Status> statuses, long now, int first, int max) {
        StringBuilder jpql = new StringBuilder("select i from InvitationEntity i where i.organizationId = :org");
        if (!statuses.isEmpty()) {
            jpql.append(" and (").append(StatusFilter.jpql(statuses)).append(')');
        }
        jpql.append(" order by i.createdAt desc, i.id");
        TypedQuery<InvitationEntity> query = em.createQuery(jpql.toString(), InvitationEntity.class)
                .setParameter("org", organizationId)
                .setFirstResult(first)
                .setMaxResults(max);
        StatusFilter.bind(query, statuses, now);
        return query.getResultList();
    }

    /** Pending, unexpired invitations sent to {@code email} in a realm, newest first. */
    public List<InvitationEntity> pendingFor(String realmId, String email, long now, int first, int max) {
        return em.createQuery("select i from InvitationEntity i where i.realmId = :realm and i.email = :email "
                        + "and i.status = :pending and i.expiresAt > :now order by i.createdAt desc, i.id", InvitationEntity.class)
                .setParameter("realm", realmId)
                .setParameter("email", email)
                .setParameter("pending", Status.PENDING.value())
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Pending, unexpired invitations of an organization to addresses at {@code domain} (lower case). */
    public long pendingAt(String organizationId, String domain, long now) {
        return em.createQuery("select count(i) from InvitationEntity i where i.organizationId = :org "
                        + "and i.status = :pending and i.expiresAt > :now and i.email like :address", Long.class)
                .setParameter("org", organizationId)
                .setParameter("pending", Status.PENDING.value())
                .setParameter("now", now)
                .setParameter("address", "%@" + domain)
                .getSingleResult();
    }

    /** Sends pending changes now, so that a unique-constraint violation surfaces here. */
    public void flush() {
        em.flush();
    }

    EntityManager em() {
        return em;
    }
}
