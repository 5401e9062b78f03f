package dev.orgkit.security.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalOrgNameTest {

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource(nullValues = "null", value = {
            "Carol, Clark, carol, Carol Clark's organization",
            "Carol, null, carol, Carol's organization",
            "null, Clark, carol, Clark's organization",
            "null, null, carol, carol's organization",
            "'  ', '', carol, carol's organization",
            "' Ann  Marie ', Lee, ann, Ann Marie Lee's organization",
            "null, null, null, User's organization",
    })
    void theNameIsTheUsersNameOrElseTheUsername(String first, String last, String username, String expected) {
        assertThat(PersonalOrgName.base(first, last, username)).isEqualTo(expected);
    }

    @Test
    void aVeryLongNameIsCutToLeaveRoomForACounter() {
        String name = PersonalOrgName.base("x".repeat(400), null, "u");

        assertThat(name).endsWith(PersonalOrgName.SUFFIX).hasSizeLessThanOrEqualTo(255 - 8);
    }

    @Test
    void aTakenNameGetsTheFirstFreeCounter() {
        Set<String> taken = Set.of("Bo's organization", "Bo's organization 2");

        assertThat(PersonalOrgName.unique("Bo's organization", taken::contains)).isEqualTo("Bo's organization 3");
        assertThat(PersonalOrgName.unique("Al's organization", taken::contains)).isEqualTo("Al's organization");
    }
}
