package dev.orgkit.invitations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationRulesTest {

    @ParameterizedTest
    @CsvSource({"Dave@Example.COM,dave@example.com", "'  eve@example.com ',eve@example.com", "a.b+c@sub.example.org,a.b+c@sub.example.org"})
    void emailsAreStoredTrimmedAndLowercase(String raw, String stored) {
        assertThat(InvitationRules.normalizeEmail(raw)).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "plain", "no@tld", "two@@example.com", "sp ace@example.com", "a@b@example.com"})
    void invalidEmailsAreRefused(String raw) {
        assertThatThrownBy(() -> InvitationRules.normalizeEmail(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOverlongEmailIsRefused() {
        assertThatThrownBy(() -> InvitationRules.normalizeEmail("a".repeat(250) + "@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExpiryIsThePolicyDefaultUnlessAskedAndAtMostThirtyDays() {
        assertThat(InvitationRules.expiryDays(null, 7)).isEqualTo(7);
        assertThat(InvitationRules.expiryDays(1, 7)).isEqualTo(1);
        assertThat(InvitationRules.expiryDays(30, 7)).isEqualTo(30);
        assertThatThrownBy(() -> InvitationRules.expiryDays(31, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvitationRules.expiryDays(0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvitationRules.expiryDays(-3, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBulkRequestHasOneToFiftyInvitations() {
        assertThat(InvitationRules.bulkProblem(1)).isEmpty();
        assertThat(InvitationRules.bulkProblem(50)).isEmpty();
        assertThat(InvitationRules.bulkProblem(0)).isPresent();
        assertThat(InvitationRules.bulkProblem(51)).isPresent();
    }
}
