package dev.orgkit.organizations.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.representation.Bodies;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.spi.OrgkitException;

class MembershipLimitTest {

    @ParameterizedTest(name = "own {0}, realm default {1}: {2}")
    @CsvSource(nullValues = "none", value = {
        "none | 0  | 0",
        "none | 25 | 25",
        "10   | 25 | 10",
        "0    | 25 | 0",
        "40   | 0  | 40",
    }, delimiter = '|')
    void anOrganizationsOwnLimitWinsOverTheRealmDefaultAndZeroMeansNone(Integer own, int realmDefault, int effective) {
        assertThat(MembershipLimit.decide(own, realmDefault)).isEqualTo(effective);
    }

    @ParameterizedTest(name = "limit {0}, {1} members, {2} more: {3}")
    @CsvSource(delimiter = '|', value = {
        "0 | 0         | 1  | true",
        "0 | 1000000   | 50 | true",
        "1 | 0         | 1  | true",
        "1 | 1         | 1  | false",
        "5 | 4         | 1  | true",
        "5 | 4         | 2  | false",
        "5 | 2         | 3  | true",
        "5 | 7         | 1  | false",
        "1000000 | 999999 | 2147483647 | false",
    })
    void membersAndTheSeatsAskedForMustFitWithinTheLimit(int limit, int members, int extra, boolean room) {
        assertThat(MembershipLimit.hasRoom(limit, members, extra)).isEqualTo(room);
    }

    @Test
    void theRefusalIsAConflictNamingTheLimit() {
        OrgkitException refusal = MembershipLimit.reached(3);

        assertThat(refusal.kind()).isEqualTo(OrgkitException.Kind.CONFLICT);
        assertThat(refusal.kind().status()).isEqualTo(409);
        assertThat(refusal.body()).containsEntry("error", "membership_limit_reached")
                .containsEntry("max_allowed_memberships", 3);
        assertThat(refusal.description()).contains("limit of 3 members");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"max_allowed_memberships\": 0}       | 0",
        "{\"max_allowed_memberships\": 25}      | 25",
        "{\"max_allowed_memberships\": 1000000} | 1000000",
    })
    void aWholeNumberFromZeroToAMillionIsALimit(String body, int limit) {
        OrganizationInput input = Bodies.read(body, OrganizationInput.class);

        assertThat(MembershipLimit.requested(input.maxAllowedMemberships)).isEqualTo(limit);
    }

    @Test
    void nullGoesBackToTheRealmDefaultAndAMissingFieldIsNoChange() {
        OrganizationInput cleared = Bodies.read("{\"max_allowed_memberships\": null}", OrganizationInput.class);
        OrganizationInput absent = Bodies.read("{\"name\": \"Acme\"}", OrganizationInput.class);

        assertThat(cleared.maxAllowedMemberships).as("given as null").isNotNull();
        assertThat(MembershipLimit.requested(cleared.maxAllowedMemberships)).isNull();
        assertThat(absent.maxAllowedMemberships).as("not given").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "1000001", "2.5", "3.0", "\"5\"", "true", "[]", "{}", "99999999999999999999"})
    void anythingElseIsABadRequestNamingTheField(String value) {
        OrganizationInput input = Bodies.read("{\"max_allowed_memberships\": " + value + "}", OrganizationInput.class);

        assertThatThrownBy(() -> MembershipLimit.requested(input.maxAllowedMemberships))
                .isInstanceOfSatisfying(OrgkitException.class, e -> {
                    assertThat(e.kind().status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_request");
                    assertThat(e.description()).startsWith("max_allowed_memberships ");
                });
    }

    @Test
    void theRealmDefaultIsNoLimitAndCanBeSet() {
        assertThat(OrgkitPolicy.from(name -> null).maxAllowedMemberships()).isZero();
        assertThat(OrgkitPolicy.from(java.util.Map.of("orgkit.max-allowed-memberships", "20")::get).maxAllowedMemberships())
                .isEqualTo(20);
        assertThatThrownBy(() -> OrgkitPolicy.MAX_ALLOWED_MEMBERSHIPS.normalize("-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
