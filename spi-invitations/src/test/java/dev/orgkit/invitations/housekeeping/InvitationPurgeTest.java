package dev.orgkit.invitations.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationPurgeTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Test
    void invitationsArePurgedAfterTheRetentionDays() {
        assertThat(InvitationPurge.cutoff(100 * DAY, 30)).isEqualTo(70 * DAY);
    }

    @Test
    void countedSendsAreKeptForTheLongestWindow() {
        assertThat(InvitationPurge.sendsCutoff(10 * DAY, 15)).isEqualTo(9 * DAY);
        assertThat(InvitationPurge.sendsCutoff(10 * DAY, 3 * 24 * 60)).isEqualTo(7 * DAY);
    }
}
