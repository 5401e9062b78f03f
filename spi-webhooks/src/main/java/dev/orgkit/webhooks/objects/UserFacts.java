package dev.orgkit.webhooks.objects;

import java.util.Comparator;
import java.util.Optional;

import org.keycloak.authentication.requiredactions.DeleteAccount;
import org.keycloak.authentication.requiredactions.TermsAndConditions;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.AccountRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * What Keycloak knows about a user that Clerk's user object asks for, read once per webhook.
 * Times are epoch milliseconds; null where Keycloak has no value.
 *
 * @param picture Keycloak's {@code picture} attribute (the OIDC claim), or null
 * @param federationLink the user federation provider the user comes from, or null
 * @param passwordSetAt when the stored password was set, or null (none, or only a federated one)
 * @param temporarilyLocked locked out for a while by brute-force detection
 * @param permanentlyLocked disabled by brute-force detection (Keycloak then also sets enabled to false)
 * @param termsAcceptedAt when the user accepted the terms (Keycloak's terms and conditions action)
 * @param creation whether and how many organizations the user may create
 */
record UserFacts(String id, String username, String firstName, String lastName, String email, boolean emailVerified,
                 String picture, boolean enabled, Long createdAt, String federationLink,
                 boolean password, Long passwordSetAt, boolean totp, boolean webauthn, boolean recoveryCodes,
                 boolean temporarilyLocked, boolean permanentlyLocked, String locale, Long termsAcceptedAt,
                 OrganizationCreation creation, boolean deleteSelfEnabled) {

    static final String PICTURE_ATTRIBUTE = "picture";

    static UserFacts read(KeycloakSession session, RealmModel realm, UserModel user) {
        var credentials = user.credentialManager();
        Long passwordSetAt = credentials.getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
                .map(CredentialModel::getCreatedDate)
                .filter(date -> date != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean temporarilyLocked = false;
        boolean permanentlyLocked = false;
        if (realm.isBruteForceProtected()) {
            BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
            if (protector != null) {
                temporarilyLocked = protector.isTemporarilyDisabled(session, realm, user);
                permanentlyLocked = protector.isPermanentlyLockedOut(session, realm, user);
            }
        }
        return new UserFacts(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                user.isEmailVerified(), blankToNull(user.getFirstAttribute(PICTURE_ATTRIBUTE)), user.isEnabled(),
                user.getCreatedTimestamp(), user.getFederationLink(),
                credentials.isConfiguredFor(PasswordCredentialModel.TYPE), passwordSetAt,
                credentials.isConfiguredFor(OTPCredentialModel.TYPE),
                credentials.isConfiguredFor(WebAuthnCredentialModel.TYPE_TWOFACTOR),
                credentials.isConfiguredFor(RecoveryAuthnCodesCredentialModel.TYPE),
                temporarilyLocked, permanentlyLocked, blankToNull(user.getFirstAttribute(UserModel.LOCALE)),
                termsAcceptedAt(user), OrganizationCreation.of(session, realm, user), mayDeleteSelf(realm, user));
    }

    /** Keycloak's terms action stores unix seconds. */
    private static Long termsAcceptedAt(UserModel user) {
        String value = user.getFirstAttribute(TermsAndConditions.USER_ATTRIBUTE);
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.trim()) * 1000L;
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    /** Keycloak lets a user delete their account when the action is enabled and they hold account's delete-account role. */
    private static boolean mayDeleteSelf(RealmModel realm, UserModel user) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(DeleteAccount.PROVIDER_ID);
        if (action == null || !action.isEnabled()) {
            return false;
        }
        RoleModel role = Optional.ofNullable(realm.getClientByClientId(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID))
                .map((ClientModel account) -> account.getRole(AccountRoles.DELETE_ACCOUNT))
                .orElse(null);
        return role != null && user.hasRole(role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
