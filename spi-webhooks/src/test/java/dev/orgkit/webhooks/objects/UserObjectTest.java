package dev.orgkit.webhooks.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserObjectTest {

    private static final long CREATED = 1_700_000_000_000L;
    private static final long NOW = 1_700_000_500_000L;

    @Test
    void aUserHasEveryFieldOfClerksUserObjectInItsOrderAndOrgkitsTwoExtras() {
        assertThat(UserObject.shape(dave(), NOW).keySet()).containsExactly("object", "id", "username", "first_name", "last_name",
                "image_url", "has_image", "primary_email_address_id", "primary_phone_number_id", "primary_web3_wallet_id",
                "password_enabled", "two_factor_enabled", "totp_enabled", "backup_code_enabled", "email_addresses",
                "phone_numbers", "web3_wallets", "organization_memberships", "external_accounts", "enterprise_accounts",
                "password_last_updated_at", "public_metadata", "private_metadata", "unsafe_metadata", "external_id",
                "last_sign_in_at", "banned", "locked", "deprovisioned", "lockout_expires_in_seconds",
                "verification_attempts_remaining", "created_at", "updated_at", "last_active_at", "create_organization_enabled",
                "create_organizations_limit", "delete_self_enabled", "legal_accepted_at", "locale", "timezone",
                "email_verified", "enabled");
    }

    @Test
    void theValuesComeFromKeycloaksUser() {
        Map<String, Object> user = UserObject.shape(dave(), NOW);

        assertThat(user).containsEntry("object", "user").containsEntry("id", "u1").containsEntry("username", "dave")
                .containsEntry("first_name", "Dave").containsEntry("last_name", null)
                .containsEntry("image_url", "").containsEntry("has_image", false)
                .containsEntry("password_enabled", true).containsEntry("password_last_updated_at", CREATED + 1)
                .containsEntry("two_factor_enabled", false).containsEntry("totp_enabled", false)
                .containsEntry("banned", false).containsEntry("locked", false)
                .containsEntry("created_at", CREATED).containsEntry("updated_at", NOW)
                .containsEntry("organization_memberships", null).containsEntry("external_id", null)
                .containsEntry("public_metadata", Map.of()).containsEntry("private_metadata", Map.of())
                .containsEntry("unsafe_metadata", Map.of()).containsEntry("create_organization_enabled", true)
                .containsEntry("create_organizations_limit", 3).containsEntry("locale", "de")
                .containsEntry("email_verified", true).containsEntry("enabled", true);
    }

    @Test
    void theEmailAddressIsClerksEmailAddressObjectWithAStableIdPerUserAndAddress() {
        Map<String, Object> user = UserObject.shape(dave(), NOW);
        String id = UserObject.emailAddressId("u1", "dave@example.com");

        assertThat(user.get("primary_email_address_id")).isEqualTo(id);
        assertThat(user.get("email_addresses")).isEqualTo(List.of(Map.of("object", "email_address", "id", id,
                "email_address", "dave@example.com", "linked_to", List.of(),
                "verification", verification(id, "verified"))));
        assertThat(UserObject.emailAddressId("u1", "Dave@Example.com")).isEqualTo(id);
        assertThat(UserObject.emailAddressId("u2", "dave@example.com")).isNotEqualTo(id);
        assertThat(UserObject.emailAddressId("u1", "david@example.com")).isNotEqualTo(id);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void anUnverifiedAddressSaysSo() {
        UserFacts unverified = new UserFacts("u1", "dave", null, null, "dave@example.com", false, null, true, CREATED, null,
                false, null, false, false, false, false, false, null, null, new OrganizationCreation(false, null), false);
        Map<String, Object> user = UserObject.shape(unverified, NOW);
        @SuppressWarnings("unchecked")
        Map<String, Object> address = ((List<Map<String, Object>>) user.get("email_addresses")).get(0);

        assertThat(address.get("verification")).isEqualTo(verification(address.get("id"), "unverified"));
        assertThat(user).containsEntry("email_verified", false).containsEntry("password_enabled", false)
                .containsEntry("password_last_updated_at", null);
    }

    @Test
    void aUserWithoutAnAddressHasNoneAndNoPrimary() {
        UserFacts noEmail = new UserFacts("u1", "dave", null, null, null, false, null, true, null, null,
                false, null, false, false, false, false, false, null, null, new OrganizationCreation(false, null), false);
        Map<String, Object> user = UserObject.shape(noEmail, NOW);

        assertThat(user).containsEntry("email_addresses", List.of()).containsEntry("primary_email_address_id", null)
                .containsEntry("created_at", NOW);
    }

    @Test
    void aPictureIsTheImage() {
        UserFacts pictured = new UserFacts("u1", "dave", null, null, null, false, "https://example.com/d.png", true, CREATED, null,
                false, null, false, false, false, false, false, null, null, new OrganizationCreation(false, null), false);

        assertThat(UserObject.shape(pictured, NOW)).containsEntry("image_url", "https://example.com/d.png")
                .containsEntry("has_image", true);
    }

    @Test
    void anyKeycloakSecondFactorIsTwoFactorAndRecoveryCodesAreBackupCodes() {
        assertThat(UserObject.shape(secondFactors(true, false, false), NOW)).containsEntry("two_factor_enabled", true)
                .containsEntry("totp_enabled", true).containsEntry("backup_code_enabled", false);
        assertThat(UserObject.shape(secondFactors(false, true, false), NOW)).containsEntry("two_factor_enabled", true)
                .containsEntry("totp_enabled", false);
        assertThat(UserObject.shape(secondFactors(false, false, true), NOW)).containsEntry("two_factor_enabled", true)
                .containsEntry("backup_code_enabled", true);
    }

    @Test
    void aDisabledUserIsBannedUnlessBruteForceDetectionDisabledThemThenTheyAreLocked() {
        assertThat(UserObject.shape(access(false, false, false), NOW)).containsEntry("banned", true).containsEntry("locked", false)
                .containsEntry("enabled", false);
        assertThat(UserObject.shape(access(false, false, true), NOW)).containsEntry("banned", false).containsEntry("locked", true);
        assertThat(UserObject.shape(access(true, true, false), NOW)).containsEntry("banned", false).containsEntry("locked", true);
    }

    @Test
    void aFederatedUserCarriesItsFederationLinkAsExternalId() {
        UserFacts federated = new UserFacts("u1", "dave", null, null, null, false, null, true, CREATED, "ldap-1",
                true, null, false, false, false, false, false, null, null, new OrganizationCreation(false, null), false);

        assertThat(UserObject.shape(federated, NOW)).containsEntry("external_id", "ldap-1").containsEntry("password_enabled", true)
                .containsEntry("password_last_updated_at", null);
    }

    @Test
    void aDeletedUserIsClerksDeletedObject() {
        assertThat(UserObject.deleted("u1")).containsExactly(Map.entry("object", "user"), Map.entry("id", "u1"), Map.entry("deleted", true));
    }

    private static Map<String, Object> verification(Object id, String status) {
        java.util.Map<String, Object> verification = new java.util.HashMap<>();
        verification.put("object", "email_address");
        verification.put("id", id);
        verification.put("status", status);
        verification.put("strategy", "email_link");
        verification.put("attempts", null);
        verification.put("expire_at", null);
        return verification;
    }

    private static UserFacts dave() {
        return new UserFacts("u1", "dave", "Dave", null, "dave@example.com", true, null, true, CREATED, null,
                true, CREATED + 1, false, false, false, false, false, "de", null, new OrganizationCreation(true, 3), true);
    }

    private static UserFacts secondFactors(boolean totp, boolean webauthn, boolean recoveryCodes) {
        return new UserFacts("u1", "dave", null, null, null, false, null, true, CREATED, null,
                true, null, totp, webauthn, recoveryCodes, false, false, null, null, new OrganizationCreation(false, null), false);
    }

    private static UserFacts access(boolean enabled, boolean temporarilyLocked, boolean permanentlyLocked) {
        return new UserFacts("u1", "dave", null, null, null, false, null, enabled, CREATED, null,
                true, null, false, false, false, temporarilyLocked, permanentlyLocked, null, null,
                new OrganizationCreation(false, null), false);
    }
}
