package dev.orgkit.invitations.limits;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.store.Status;
import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * Pending invitations take a seat of an organization's membership limit, as in Clerk: its members
 * plus its pending (unexpired) invitations may not pass {@code max_allowed_memberships}. Accepting
 * an invitation then only needs the seat of the member it adds.
 *
 * <p>The caller holds the organization's row lock, under which every invitation of the organization
 * is created or revived. The pending invitations are counted in a transaction of its own that starts
 * now, so the count sees every committed one (the request's own transaction may read an older
 * snapshot on MariaDB) without locking a range of the invitation table.
 */
public final class InvitationSeats {

    private final KeycloakSession session;
    private final OrgkitCore core;

    public InvitationSeats(KeycloakSession session) {
        this.session = session;
        this.core = OrgkitCore.of(session);
    }

    /**
     * Answers 409 {@code membership_limit_reached} unless {@code org} has a seat for each of
     * {@code emails} (about to be invited) beside its members and its other pending invitations. A
     * pending invitation of one of {@code emails} is not counted: this request replaces it (or is
     * refused for it).
     */
    public void require(OrganizationModel org, Collection<String> emails, long now) {
        if (emails.isEmpty() || core.membershipLimit(org) == 0) {
            return;
        }
        core.checkRoomFor(org, pendingExcept(org.getId(), emails, now) + emails.size());
    }

    private int pendingExcept(String organizationId, Collection<String> emails, long now) {
        List<String> except = List.copyOf(emails);
        Long count = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), fresh -> {
            EntityManager em = fresh.getProvider(JpaConnectionProvider.class).getEntityManager();
            return em.createQuery("select count(i) from InvitationEntity i where i.organizationId = :org "
                            + "and i.status = :pending and i.expiresAt > :now and i.email not in (:emails)", Long.class)
                    .setParameter("org", organizationId)
                    .setParameter("pending", Status.PENDING.value())
                    .setParameter("now", now)
                    .setParameter("emails", except)
                    .getSingleResult();
        });
        return Math.toIntExact(count);
    }
}
