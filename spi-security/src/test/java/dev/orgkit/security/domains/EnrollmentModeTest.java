package dev.orgkit.security.domains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrollmentModeTest {

    @Test
    void modesAreClerksNamesAndParseCaseInsensitively() {
        assertThat(EnrollmentMode.parse(" Automatic_Invitation ")).contains(EnrollmentMode.AUTOMATIC_INVITATION);
        assertThat(EnrollmentMode.parse("automatic_suggestion")).contains(EnrollmentMode.AUTOMATIC_SUGGESTION);
        assertThat(EnrollmentMode.parse("manual_invitation")).contains(EnrollmentMode.MANUAL_INVITATION);
        assertThat(EnrollmentMode.parse("automatic")).isEmpty();
        assertThat(EnrollmentMode.parse(null)).isEmpty();
    }
}
