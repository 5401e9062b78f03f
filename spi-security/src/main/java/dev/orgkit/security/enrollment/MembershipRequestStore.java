package dev.orgkit.security.enrollment;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** Reads and writes membership requests. */
final class MembershipRequestStore {

    private final EntityManager em;

    MembershipRequestStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    void add(MembershipRequestEntity request) {
        em.persist(request);
    }

    MembershipRequestEntity byId(String realmId, String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return null;
        }
        MembershipRequestEntity found = em.find(MembershipRequestEntity.class, id);
        return found != null && found.getRealmId().equals(realmId) ? found : null;
    }

    /** Re-reads a request with a row lock (latest committed state); null when it is gone. */
    MembershipRequestEntity lock(MembershipRequestEntity request) {
        try {
            em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
            return request;
        } catch (EntityNotFoundException e) {
            return null;
        }
    }

    /** The requests of a user to one organization, newest first. */
    List<MembershipRequestEntity> of(String organizationId, String userId) {
        return em.createQuery("select r from MembershipRequestEntity r where r.organizationId = :org and r.userId = :user "
                        + "order by r.createdAt desc, r.id", MembershipRequestEntity.class)
                .setParameter("org", organizationId)
                .setParameter("user", userId)
                .getResultList();
    }

    /** A user's requests in a realm, newest first. */
    List<MembershipRequestEntity> ofUser(String realmId, String userId, int first, int max) {
        return em.createQuery("select r from MembershipRequestEntity r where r.realmId = :realm and r.userId = :user "
                        + "order by r.createdAt desc, r.id", MembershipRequestEntity.class)
                .setParameter("realm", realmId)
                .setParameter("user", userId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** An organization's requests, newest first, optionally of one status. */
    List<MembershipRequestEntity> ofOrganization(String organizationId, RequestStatus status, int first, int max) {
        String jpql = "select r from MembershipRequestEntity r where r.organizationId = :org"
                + (status == null ? "" : " and r.status = :status") + " order by r.createdAt desc, r.id";
        TypedQuery<MembershipRequestEntity> query = em.createQuery(jpql, MembershipRequestEntity.class)
                .setParameter("org", organizationId)
                .setFirstResult(first)
                .setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status.value());
        }
        return query.getResultList();
    }

    void flush() {
        em.flush();
    }
}
