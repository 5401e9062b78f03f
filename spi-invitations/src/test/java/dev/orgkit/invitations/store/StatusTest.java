package dev.orgkit.invitations.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {

    @Test
    void aPendingInvitationIsExpiredFromItsExpiryOn() {
        InvitationEntity invitation = invitation("pending", 1000);

        assertThat(Status.of(invitation, 999)).isEqualTo(Status.PENDING);
        assertThat(Status.of(invitation, 1000)).isEqualTo(Status.EXPIRED);
    }

    @Test
    void anEndedInvitationKeepsItsStatusAfterItsExpiry() {
        assertThat(Status.of(invitation("accepted", 1000), 5000)).isEqualTo(Status.ACCEPTED);
        assertThat(Status.of(invitation("revoked", 1000), 5000)).isEqualTo(Status.REVOKED);
        assertThat(Status.of(invitation("declined", 1000), 5000)).isEqualTo(Status.DECLINED);
    }

    @Test
    void statusesParseFromTheirShownNames() {
        assertThat(Status.parse(" Expired ")).contains(Status.EXPIRED);
        assertThat(Status.parse("sleeping")).isEmpty();
        assertThat(Status.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PENDING, pending", "ACCEPTED, accepted", "REVOKED, revoked", "EXPIRED, expired", "DECLINED, revoked"})
    void eachStatusHasClerksNameAndADeclinedInvitationIsRevokedThere(Status status, String clerk) {
        assertThat(status.clerkValue()).isEqualTo(clerk);
    }

    private static InvitationEntity invitation(String status, long expiresAt) {
        InvitationEntity invitation = new InvitationEntity();
        invitation.setStatus(status);
        invitation.setExpiresAt(expiresAt);
        return invitation;
    }
}
