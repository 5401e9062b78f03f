package dev.orgkit.webhooks.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignatureTest {

    // the test vector of the Standard Webhooks specification's reference libraries
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MESSAGE_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheStandardWebhooksTestVector() {
        assertThat(Signature.header(MESSAGE_ID, TIMESTAMP, BODY, List.of(SECRET))).isEqualTo(EXPECTED);
    }

    @Test
    void aSecretWithoutItsPrefixSignsTheSame() {
        assertThat(Signature.header(MESSAGE_ID, TIMESTAMP, BODY, List.of(SECRET.substring("whsec_".length())))).isEqualTo(EXPECTED);
    }

    @Test
    void twoActiveSecretsGiveTwoSpaceSeparatedSignaturesInTheGivenOrder() {
        String other = WebhookSecret.generate();
        String header = Signature.header(MESSAGE_ID, TIMESTAMP, BODY, List.of(other, SECRET));

        String[] parts = header.split(" ");
        assertThat(parts).hasSize(2);
        assertThat(parts[1]).isEqualTo(EXPECTED);
        assertThat(parts[0]).startsWith("v1,").isNotEqualTo(EXPECTED);
    }

    @Test
    void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
        assertThat(Signature.header("msg_other", TIMESTAMP, BODY, List.of(SECRET))).isNotEqualTo(EXPECTED);
        assertThat(Signature.header(MESSAGE_ID, TIMESTAMP + 1, BODY, List.of(SECRET))).isNotEqualTo(EXPECTED);
        assertThat(Signature.header(MESSAGE_ID, TIMESTAMP, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8),
                List.of(SECRET))).isNotEqualTo(EXPECTED);
    }

    @Test
    void headersAreNamedForTheEndpointsStyle() {
        assertThat(Signature.headers(Signature.STANDARD, MESSAGE_ID, TIMESTAMP, EXPECTED)).containsExactly(
                org.assertj.core.api.Assertions.entry("webhook-id", MESSAGE_ID),
                org.assertj.core.api.Assertions.entry("webhook-timestamp", "1614265330"),
                org.assertj.core.api.Assertions.entry("webhook-signature", EXPECTED));
        assertThat(Signature.headers(Signature.SVIX, MESSAGE_ID, TIMESTAMP, EXPECTED))
                .containsOnlyKeys("svix-id", "svix-timestamp", "svix-signature");
    }

    @Test
    void signingNeedsAtLeastOneSecret() {
        assertThatThrownBy(() -> Signature.header(MESSAGE_ID, TIMESTAMP, BODY, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
