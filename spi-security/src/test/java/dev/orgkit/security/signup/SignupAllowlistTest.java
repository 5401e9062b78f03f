package dev.orgkit.security.signup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignupAllowlistTest {

    private static final String LIST = "ann@example.com,@partner.test,*@wild.test, Mixed@Case.Test ";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ann@example.com, true",
            "ANN@Example.COM, true",
            "'  ann@example.com  ', true",
            "bob@example.com, false",
            "anyone@partner.test, true",
            "Anyone@PARTNER.test, true",
            "someone@sub.partner.test, false",
            "someone@partner.test.evil.com, false",
            "someone@notpartner.test, false",
            "x@wild.test, true",
            "mixed@case.test, true",
            "ann+tag@example.com, false",
            "partner.test, false",
            "@partner.test, false",
            "user@, false",
            "'', false",
            "'\"odd@local\"@partner.test', true",
    })
    void anAddressIsAllowedWhenItIsListedOrItsExactDomainIs(String email, boolean allowed) {
        assertThat(SignupAllowlist.parse(LIST).allows(email)).isEqualTo(allowed);
    }

    @Test
    void noAddressIsAllowedWithoutAnEmailOrByAnEmptyList() {
        assertThat(SignupAllowlist.parse(LIST).allows(null)).isFalse();
        assertThat(SignupAllowlist.parse("").allows("ann@example.com")).isFalse();
        assertThat(SignupAllowlist.parse(null).isEmpty()).isTrue();
    }
}
