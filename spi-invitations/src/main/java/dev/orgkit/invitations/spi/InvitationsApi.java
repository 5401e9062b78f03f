package dev.orgkit.invitations.spi;

import java.util.List;
import java.util.Locale;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import dev.orgkit.invitations.representation.InvitationInput;
import dev.orgkit.invitations.service.InvitationService;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * What the invitations jar offers other jars (its only public entry point besides its endpoints):
 * they ask here, never read its tables.
 */
public final class InvitationsApi {

    private InvitationsApi() {
    }

    /**
     * Invites {@code email} to {@code org} with the realm's default role, as orgkit itself (no rate
     * limit), unless the address has a pending invitation there or has answered one before (a
     * declined or revoked invitation is an answer). The caller holds the organization's lock and has
     * checked that the address is not a member. Answers whether an invitation was created: not when
     * the organization has no seat left for it (its membership limit, pending invitations included).
     */
    public static boolean inviteUnlessAnswered(KeycloakSession session, RealmModel realm, OrganizationModel org, String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        InvitationStore store = new InvitationStore(session);
        InvitationEntity holder = store.pendingSlot(org.getId(), address);
        if (holder != null && Status.of(holder, Time.currentTimeMillis()) == Status.PENDING) {
            return false;
        }
        if (store.answeredBefore(org.getId(), address)) {
            return false;
        }
        InvitationInput input = new InvitationInput();
        input.email = address;
        input.role = OrgkitCore.of(session).defaultRole().name();
        ChangeRecorder changes = new ChangeRecorder(session, realm, Actor.system(), null, null, null);
        try {
            new InvitationService(session, realm, new SystemAccess(org), changes).create(List.of(input));
        } catch (OrgkitException e) {
            if (OrgkitCore.MEMBERSHIP_LIMIT_REACHED.equals(e.error())) {
                return false;
            }
            throw e;
        }
        return true;
    }

    /** How many pending, unexpired invitations of {@code org} go to addresses at {@code domain}. */
    public static long pendingAt(KeycloakSession session, OrganizationModel org, String domain) {
        return new InvitationStore(session).pendingAt(org.getId(), domain.strip().toLowerCase(Locale.ROOT),
                Time.currentTimeMillis());
    }
}
