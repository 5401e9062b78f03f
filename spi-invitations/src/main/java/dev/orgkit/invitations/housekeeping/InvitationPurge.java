package dev.orgkit.invitations.housekeeping;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import dev.orgkit.invitations.limits.InvitationRateLimiter;
import dev.orgkit.invitations.config.InvitationSettings;

/**
 * Removes what a realm no longer needs: invitations that ended (accepted, declined, revoked) or
 * expired more than {@code invitation-retention-days} ago, and counted sends older than every window.
 * (The lock row of a client IP stays until its realm goes: deleting it could race a request locking it.)
 */
public final class InvitationPurge {

    private InvitationPurge() {
    }

    /** The moment before which finished invitations are purged. */
    public static long cutoff(long now, int retentionDays) {
        return now - retentionDays * 24L * 60 * 60 * 1000;
    }

    /** The moment before which counted sends no longer matter to any limit. */
    public static long sendsCutoff(long now, int ipWindowMinutes) {
        return now - Math.max(InvitationRateLimiter.DAY_MILLIS, ipWindowMinutes * 60_000L);
    }

    /** Purges one realm now; answers how many rows of each kind went. */
    public static Map<String, Integer> purge(KeycloakSession session, RealmModel realm, long now) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        long cutoff = cutoff(now, InvitationSettings.RETENTION_DAYS.readCount(realm));
        int invitations = em.createQuery("delete from InvitationEntity i where i.realmId = :realm and "
                        + "((i.status <> 'pending' and i.updatedAt < :cutoff) or (i.status = 'pending' and i.expiresAt < :cutoff))")
                .setParameter("realm", realm.getId())
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        int sends = em.createQuery("delete from InvitationSendEntity s where s.realmId = :realm and s.sentAt < :cutoff")
                .setParameter("realm", realm.getId())
                .setParameter("cutoff", sendsCutoff(now, InvitationSettings.IP_WINDOW_MINUTES.readCount(realm)))
                .executeUpdate();
        Map<String, Integer> purged = new LinkedHashMap<>();
        purged.put("invitations", invitations);
        purged.put("sends", sends);
        return purged;
    }
}
