package dev.orgkit.invitations.limits;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.store.InvitationSendEntity;
import dev.orgkit.invitations.store.RateLockEntity;
import org.keycloak.models.RealmModel;

import dev.orgkit.invitations.config.InvitationSettings;
import dev.orgkit.invitations.metrics.InvitationMeters;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * The invitation rate limits of a realm's policy (per organization per day, per client IP per
 * window), counted in the database so they hold across nodes and restarts. Every sent invitation
 * (create or resend) is a row of {@code ORGKIT_INVITATION_SEND}.
 *
 * <p>The caller holds the organization's row lock; this class adds a lock row per client IP, then
 * counts what is committed, so two requests never both take the last slot.
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
    public void check(RealmModel realm, String realmId, String organizationId, String clientIp, int wanted, long now) {
        boolean perIp = clientIp != null && InvitationSettings.IP_LIMIT.readCount(realm) > 0;
        if (InvitationSettings.ORG_DAILY_LIMIT.readCount(realm) <= 0 && !perIp) {
            return;
        }
        long window = InvitationSettings.IP_WINDOW_MINUTES.readCount(realm) * 60_000L;
        if (perIp) {
            lockIp(realmId, clientIp);
        }
        Counted counted = count(realmId, organizationId, perIp ? truncate(clientIp) : null, now - DAY_MILLIS, now - window);
        RateWindow.Decision perOrg = RateWindow.check(counted.org(), now, DAY_MILLIS, InvitationSettings.ORG_DAILY_LIMIT.readCount(realm), wanted);
        if (!perOrg.allowed()) {
            InvitationMeters.CURRENT.refused(realm.getName(), InvitationMeters.Limit.INVITATIONS_PER_ORGANIZATION);
            throw OrgkitException.tooManyRequests(perOrg.retryAfterSeconds(), "this organization may send at most "
                    + InvitationSettings.ORG_DAILY_LIMIT.readCount(realm) + " invitations per 24 hours");
        }
        if (!perIp) {
            return;
        }
        RateWindow.Decision byIp = RateWindow.check(counted.ip(), now, window, InvitationSettings.IP_LIMIT.readCount(realm), wanted);
        if (!byIp.allowed()) {
            InvitationMeters.CURRENT.refused(realm.getName(), InvitationMeters.Limit.INVITATIONS_PER_IP);
            throw OrgkitException.tooManyRequests(byIp.retryAfterSeconds(), "at most " + InvitationSettings.IP_LIMIT.readCount(realm)
                    + " invitations may be sent from one address per " + InvitationSettings.IP_WINDOW_MINUTES.readCount(realm) + " minutes");
        }
    }

    private record Counted(List<Long> org, List<Long> ip) {
    }

    /**
     * The sends in the windows, read in a transaction of its own that starts now, so it sees every
     * committed send (the request's own transaction may read an older snapshot on MariaDB) without
     * locking ranges. Correct because the caller holds the organization's lock and the client IP's lock:
     * no other send of either can commit until this request ends.
     */
    private Counted count(String realmId, String organizationId, String clientIp, long orgSince, long ipSince) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), fresh -> {
            EntityManager freshEm = fresh.getProvider(JpaConnectionProvider.class).getEntityManager();
            List<Long> org = freshEm.createQuery("select s.sentAt from InvitationSendEntity s "
                            + "where s.organizationId = :org and s.sentAt > :since", Long.class)
                    .setParameter("org", organizationId)
                    .setParameter("since", orgSince)
                    .getResultList();
            List<Long> ip = clientIp == null ? List.of() : freshEm.createQuery("select s.sentAt from InvitationSendEntity s "
                            + "where s.realmId = :realm and s.clientIp = :ip and s.sentAt > :since", Long.class)
                    .setParameter("realm", realmId)
                    .setParameter("ip", clientIp)
                    .setParameter("since", ipSince)
                    .getResultList();
            return new Counted(List.copyOf(org), List.copyOf(ip));
        });
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

    /**
     * Locks the row of a client IP until the transaction ends. The row is made sure to exist first,
     * in a transaction of its own (concurrent first requests do not fail each other), and only then
     * locked: a locking read of a missing row would take a gap lock on MariaDB that blocks that insert.
     * Lock rows are removed only with their realm.
     */
    private void lockIp(String realmId, String clientIp) {
        String id = realmId + ":" + truncate(clientIp);
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
        } catch (PersistenceException | ModelException e) {
            // created by a concurrent request in the meantime
        }
        if (em.find(RateLockEntity.class, id, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("the rate-limit row of a client address could not be created");
        }
    }

    private static String truncate(String clientIp) {
        return clientIp.length() <= 64 ? clientIp : clientIp.substring(0, 64);
    }
}
