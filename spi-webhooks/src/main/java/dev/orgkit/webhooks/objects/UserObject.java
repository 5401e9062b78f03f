package dev.orgkit.webhooks.objects;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A Keycloak user as Clerk's user object ({@code UserJSON} of {@code @clerk/backend}), field for
 * field, plus orgkit's {@code email_verified} and {@code enabled}: the {@code data} of
 * {@code user.created} and {@code user.updated} and the {@code user} of every {@code session.*}
 * webhook. {@code user.deleted} carries {@link #deleted}. docs/webhooks.md says where each field
 * comes from.
 */
public final class UserObject {

    /** How Keycloak verifies an address (a link in an e-mail); it does not record how one was verified. */
    static final String VERIFICATION_STRATEGY = "email_link";

    private UserObject() {
    }

    /** {@code user} as it is now; {@code updatedAt} is the time of the change being reported. */
    public static Map<String, Object> of(KeycloakSession session, RealmModel realm, UserModel user, long updatedAt) {
        return shape(UserFacts.read(session, realm, user), updatedAt);
    }

    /** Clerk's {@code UserDeletedJSON}. */
    public static Map<String, Object> deleted(String userId) {
        Map<String, Object> data = new ClerkFields();
        data.put("object", "user");
        data.put("id", userId);
        data.put("deleted", true);
        return data;
    }

    /**
     * The id of a user's e-mail address: a name-based (version 3) UUID of the user id and the
     * lower-cased address, so it is the same in every webhook and changes when the address does.
     */
    public static String emailAddressId(String userId, String email) {
        return UUID.nameUUIDFromBytes((userId + "\n" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Map<String, Object> shape(UserFacts user, long updatedAt) {
        String emailId = user.email() == null || user.email().isBlank() ? null : emailAddressId(user.id(), user.email());
        boolean twoFactor = user.totp() || user.webauthn() || user.recoveryCodes();
        Map<String, Object> data = new ClerkFields();
        data.put("object", "user");
        data.put("id", user.id());
        data.put("username", user.username());
        data.put("first_name", user.firstName());
        data.put("last_name", user.lastName());
        data.put("image_url", user.picture() == null ? "" : user.picture());
        data.put("has_image", user.picture() != null);
        data.put("primary_email_address_id", emailId);
        data.put("primary_phone_number_id", null);
        data.put("primary_web3_wallet_id", null);
        data.put("password_enabled", user.password());
        data.put("two_factor_enabled", twoFactor);
        data.put("totp_enabled", user.totp());
        data.put("backup_code_enabled", user.recoveryCodes());
        data.put("email_addresses", emailId == null ? List.of() : List.of(emailAddress(emailId, user.email(), user.emailVerified())));
        data.put("phone_numbers", List.of());
        data.put("web3_wallets", List.of());
        data.put("organization_memberships", null);
        data.put("external_accounts", List.of());
        data.put("enterprise_accounts", List.of());
        data.put("password_last_updated_at", user.passwordSetAt());
        data.put("public_metadata", Map.of());
        data.put("private_metadata", Map.of());
        data.put("unsafe_metadata", Map.of());
        data.put("external_id", user.federationLink());
        data.put("last_sign_in_at", null);
        data.put("banned", !user.enabled() && !user.permanentlyLocked());
        data.put("locked", user.temporarilyLocked() || user.permanentlyLocked());
        data.put("deprovisioned", false);
        data.put("lockout_expires_in_seconds", null);
        data.put("verification_attempts_remaining", null);
        data.put("created_at", user.createdAt() == null ? updatedAt : user.createdAt());
        data.put("updated_at", updatedAt);
        data.put("last_active_at", null);
        data.put("create_organization_enabled", user.creation().enabled());
        data.put("create_organizations_limit", user.creation().limit());
        data.put("delete_self_enabled", user.deleteSelfEnabled());
        data.put("legal_accepted_at", user.termsAcceptedAt());
        data.put("locale", user.locale());
        data.put("timezone", null);
        // orgkit's own, beside Clerk's fields
        data.put("email_verified", user.emailVerified());
        data.put("enabled", user.enabled());
        return data;
    }

    /**
     * Clerk's {@code EmailAddressJSON}. Its {@code verification} carries the address's own
     * {@code object} and {@code id}: Clerk's type requires both there (it extends
     * {@code ClerkResourceJSON}) and orgkit has no separate verification object to name.
     */
    private static Map<String, Object> emailAddress(String id, String email, boolean verified) {
        Map<String, Object> verification = new ClerkFields();
        verification.put("object", "email_address");
        verification.put("id", id);
        verification.put("status", verified ? "verified" : "unverified");
        verification.put("strategy", VERIFICATION_STRATEGY);
        verification.put("attempts", null);
        verification.put("expire_at", null);
        Map<String, Object> address = new ClerkFields();
        address.put("object", "email_address");
        address.put("id", id);
        address.put("email_address", email);
        address.put("verification", verification);
        address.put("linked_to", List.of());
        return address;
    }
}
