package dev.orgkit.webhooks.objects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationCreationTest {

    @ParameterizedTest(name = "unbound {0}, creation enabled {1}, limit {2}: may create {3}, limit {4}")
    @CsvSource({
            "true,  false, 1, true,  ",
            "true,  true,  5, true,  ",
            "false, false, 1, false, ",
            "false, true,  1, true,  1",
            "false, true,  0, true,  "})
    void superadminsAndOrganizationAdminsAreUnboundOthersFollowTheRealmPolicy(boolean unbound, boolean creationEnabled,
                                                                              int creationLimit, boolean enabled, Integer limit) {
        assertThat(OrganizationCreation.decide(unbound, creationEnabled, creationLimit)).isEqualTo(new OrganizationCreation(enabled, limit));
    }
}
