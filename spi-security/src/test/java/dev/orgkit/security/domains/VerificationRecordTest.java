package dev.orgkit.security.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationRecordTest {

    @Test
    void theRecordIsAnUnderscoreNameUnderTheDomainWithAPrefixedToken() {
        VerificationRecord record = VerificationRecord.of("acme.example", "tok");

        assertThat(record.name()).isEqualTo("_orgkit-verification.acme.example");
        assertThat(record.value()).isEqualTo("orgkit-verification=tok");
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = VerificationRecord.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
    }

    @Test
    void theExpectedValueMatchesPlainQuotedOrSplitAmongOtherRecords() {
        VerificationRecord record = VerificationRecord.of("acme.example", "abc");

        assertThat(record.matches(List.of("v=spf1 -all", "orgkit-verification=abc"))).isTrue();
        assertThat(record.matches(List.of("\"orgkit-verification=abc\""))).isTrue();
        assertThat(record.matches(List.of("orgkit-verification= abc"))).isTrue();
    }

    @Test
    void anotherValueOrNoneDoesNotMatch() {
        VerificationRecord record = VerificationRecord.of("acme.example", "abc");

        assertThat(record.matches(List.of())).isFalse();
        assertThat(record.matches(List.of("orgkit-verification=abd"))).isFalse();
        assertThat(record.matches(List.of("orgkit-verification=abcd"))).isFalse();
    }
}
