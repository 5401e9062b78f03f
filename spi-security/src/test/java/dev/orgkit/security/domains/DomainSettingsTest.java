package dev.orgkit.security.domains;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainSettingsTest {

    @Test
    void settingsRoundTripThroughTheirAttributeValue() {
        DomainSettings settings = new DomainSettings(EnrollmentMode.AUTOMATIC_SUGGESTION, "tok-en_1", 1000, 2000);

        assertThat(settings.format()).isEqualTo("automatic_suggestion tok-en_1 1000 2000");
        assertThat(DomainSettings.parse(settings.format())).isEqualTo(settings);
    }

    @Test
    void settingsWithoutATokenKeepTheirTimes() {
        DomainSettings settings = new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 5, 6);

        assertThat(DomainSettings.parse(settings.format())).isEqualTo(settings);
    }

    @Test
    void valuesWrittenBeforeOrgkitKeptTimesReadWithTimeZero() {
        assertThat(DomainSettings.parse("automatic_invitation abc"))
                .isEqualTo(new DomainSettings(EnrollmentMode.AUTOMATIC_INVITATION, "abc", 0, 0));
        assertThat(DomainSettings.parse("manual_invitation"))
                .isEqualTo(new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 0, 0));
        assertThat(DomainSettings.parse(null))
                .isEqualTo(new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 0, 0));
    }

    @Test
    void aChangeKeepsTheCreationTimeAndMovesTheUpdateTime() {
        DomainSettings before = new DomainSettings(EnrollmentMode.MANUAL_INVITATION, "t", 10, 10);

        assertThat(before.withMode(EnrollmentMode.AUTOMATIC_INVITATION, 50))
                .isEqualTo(new DomainSettings(EnrollmentMode.AUTOMATIC_INVITATION, "t", 10, 50));
        assertThat(new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 0, 0).touched(70))
                .isEqualTo(new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 70, 70));
    }

    @Test
    void aDomainsIdIsTheSameForTheSameOrganizationAndNameOnly() {
        assertThat(DomainViews.id("org-1", "acme.example")).isEqualTo(DomainViews.id("org-1", "acme.example"))
                .isNotEqualTo(DomainViews.id("org-2", "acme.example"))
                .isNotEqualTo(DomainViews.id("org-1", "globex.example"))
                .hasSize(36);
    }
}
