package dev.orgkit.invitations.limits;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.store.InvitationSendEntity;
import dev.orgkit.invitations.store.RateLockEntity;
import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.rest.ApiErrors;

/**
 * The invitation rate limits of a realm's policy (per organization per day, per client IP per
 * window), counted in the database so they hold across nodes and restarts. Every sent invitation
 * (create or resend) is a row of {@code ORGKIT_INVITATION_SEND}.
 *
 * <p>The caller holds the organization's row lock; this class adds a lock row per client IP, then
 * counts with locking reads, so two requests never both take the last slot.
 */
public final class InvitationRateLimiter {

    public static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final KeycloakSession session;
    private final EntityManager em;

    public InvitationRateLimiter(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** Answers 429 with Retry-After when {@code wanted} more sends would pass a limit. */
    public void check(OrgkitPolicy policy, String realmId, String organizationId, String clientIp, int wanted, long now) {
        RateWindow.Decision perOrg = RateWindow.check(orgSends(organizationId, now - DAY_MILLIS), now, DAY_MILLIS,
                policy.invitationOrgDailyLimit(), wanted);
        if (!perOrg.allowed()) {
            throw ApiErrors.tooManyRequests(perOrg.retryAfterSeconds(), "this organization may send at most "
                    + policy.invitationOrgDailyLimit() + " invitations per 24 hours");
        }
        if (clientIp == null || policy.invitationIpLimit() <= 0) {
            return;
        }
        long window = policy.invitationIpWindowMinutes() * 60_000L;
        lockIp(realmId, clientIp);
        RateWindow.Decision perIp = RateWindow.check(ipSends(realmId, clientIp, now - window), now, window,
                policy.invitationIpLimit(), wanted);
        if (!perIp.allowed()) {
            throw ApiErrors.tooManyRequests(perIp.retryAfterSeconds(), "at most " + policy.invitationIpLimit()
                    + " invitations may be sent from one address per " + policy.invitationIpWindowMinutes() + " minutes");
        }
    }

    /** Counts {@code count} sends now. */
    public void record(String realmId, String organizationId, String clientIp, int count, long now) {
        for (int i = 0; i < count; i++) {
            InvitationSendEntity send = new InvitationSendEntity();
            send.setId(KeycloakModelUtils.generateId());
            send.setRealmId(realmId);
            send.setOrganizationId(organizationId);
            send.setClientIp(clientIp == null ? null : truncate(clientIp));
            send.setSentAt(now);
            em.persist(send);
        }
    }

    private List<Long> orgSends(String organizationId, long since) {
        return times(em.createNativeQuery("SELECT SENT_AT FROM {h-schema}ORGKIT_INVITATION_SEND "
                        + "WHERE ORGANIZATION_ID = ? AND SENT_AT > ? FOR UPDATE")
                .setParameter(1, organizationId)
                .setParameter(2, since)
                .getResultList());
    }

    private List<Long> ipSends(String realmId, String clientIp, long since) {
        return times(em.createNativeQuery("SELECT SENT_AT FROM {h-schema}ORGKIT_INVITATION_SEND "
                        + "WHERE REALM_ID = ? AND CLIENT_IP = ? AND SENT_AT > ? FOR UPDATE")
                .setParameter(1, realmId)
                .setParameter(2, truncate(clientIp))
                .setParameter(3, since)
                .getResultList());
    }

    /**
     * Locks the row of a client IP until the transaction ends, creating it first (in a transaction
     * of its own, so that concurrent creators do not fail each other's requests) when it is missing.
     */
    private void lockIp(String realmId, String clientIp) {
        String id = realmId + ":" + truncate(clientIp);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (em.find(RateLockEntity.class, id, LockModeType.PESSIMISTIC_WRITE) != null) {
                return;
            }
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), other -> {
                    EntityManager otherEm = other.getProvider(JpaConnectionProvider.class).getEntityManager();
                    if (otherEm.find(RateLockEntity.class, id) == null) {
                        RateLockEntity lock = new RateLockEntity();
                        lock.setId(id);
                        lock.setRealmId(realmId);
                        otherEm.persist(lock);
                    }
                });
            } catch (PersistenceException | org.keycloak.models.ModelException e) {
                // created by a concurrent request in the meantime: lock it on the next attempt
            }
        }
        throw new IllegalStateException("could not lock the rate-limit row of a client address");
    }

    private static String truncate(String clientIp) {
        return clientIp.length() <= 64 ? clientIp : clientIp.substring(0, 64);
    }

    private static List<Long> times(List<?> rows) {
        List<Long> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(((Number) row).longValue());
        }
        return result;
    }
}
