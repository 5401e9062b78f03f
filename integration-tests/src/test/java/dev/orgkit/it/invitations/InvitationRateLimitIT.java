package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.invitations;
import static dev.orgkit.it.invitations.InvitationFixtures.invite;
import static dev.orgkit.it.invitations.InvitationFixtures.invited;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The invitation rate limits are counted in the database: 429 with Retry-After, also after a restart. */
class InvitationRateLimitIT {

    @RegisterExtension
    static final TestRealm realm = InvitationFixtures.realm(null,
            Map.of("orgkit.invitation-ip-limit", "2", "orgkit.invitation-ip-window-minutes", "15",
                    "orgkit.invitation-org-daily-limit", "0"));

    @Test
    void sendsPastTheLimitsAre429WithRetryAfterAndTheCountHoldsAcrossARestart() {
        String alice = token(realm, "alice");
        String first = invited(realm, alice, "acme", "r1@example.com", "org:member").path("id").asText();
        invited(realm, alice, "acme", "r2@example.com", "org:member");

        Http.Response third = invite(realm, alice, "acme", "r3@example.com", "org:member");
        assertLimited(third, 15 * 60);
        Http.Response resend = realm.http().post(invitations(realm, "acme") + "/" + first + "/resend").bearer(alice).send();
        assertLimited(resend, 15 * 60);
        assertThat(realm.http().get(invitations(realm, "acme") + "?status=pending").bearer(alice).send().expect(200).json())
                .as("a refused request creates nothing").hasSize(2);

        realm.env().restartServer();

        assertLimited(invite(realm, token(realm, "alice"), "acme", "r3@example.com", "org:member"), 15 * 60);
        invite(realm, token(realm, "sam"), "acme", "r3@example.com", "org:member").expect(201);

        realm.admin().put(realm.adminPath("/orgkit/policy"),
                Map.of("invitation-ip-limit", "0", "invitation-org-daily-limit", "3")).expect(200);
        invited(realm, token(realm, "alice"), "acme", "r4@example.com", "org:member");
        assertLimited(invite(realm, token(realm, "alice"), "acme", "r5@example.com", "org:member"), 24 * 3600);
    }

    private static void assertLimited(Http.Response response, long windowSeconds) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(response.json().path("error").asText()).isEqualTo("rate_limited");
        long retryAfter = Long.parseLong(response.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(windowSeconds - 600, windowSeconds);
    }
}
