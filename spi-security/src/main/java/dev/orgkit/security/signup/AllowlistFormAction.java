package dev.orgkit.security.signup;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.authentication.actiontoken.inviteorg.InviteOrgActionToken;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;


/**
 * Refuses a self-registration whose email is not on the realm's allowlist while
 * {@code orgkit.allowlist-enabled} is on; does nothing while it is off. Only the registration flow
 * runs it: users created through the admin API and registrations through an orgkit invitation link
 * (which never run this flow) are not affected, and a registration carrying Keycloak's own
 * organization invitation for the same address passes.
 */
final class AllowlistFormAction implements FormAction {

    /** Message key of the login theme (theme/orgkit/login/messages). */
    static final String MESSAGE = "orgkitEmailNotAllowed";
    /** The event's error when a registration is refused. */
    static final String ERROR = "email_not_allowed";

    private static final Logger LOG = Logger.getLogger(AllowlistFormAction.class);

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
    }

    @Override
    public void validate(ValidationContext context) {
        if (!AllowlistSettings.ENABLED.readFlag(context.getRealm())) {
            context.success();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String email = form.getFirst(UserModel.EMAIL);
        if (SignupAllowlist.parse(AllowlistSettings.ALLOWLIST.read(context.getRealm())).allows(email) || invited(context.getSession(), email)) {
            context.success();
            return;
        }
        LOG.debugf("Registration refused in realm %s: %s is not on the allowlist", context.getRealm().getName(), email);
        context.getEvent().detail(Details.EMAIL, email).detail("reason", ERROR);
        context.error(Errors.INVALID_REGISTRATION);
        context.validationError(form, List.of(new FormMessage(UserModel.EMAIL, MESSAGE)));
    }

    /** A valid Keycloak organization invitation for this very address (checked by Keycloak's user-creation step). */
    private static boolean invited(KeycloakSession session, String email) {
        Object token = session.getAttribute(InviteOrgActionToken.class.getName());
        return email != null && token instanceof InviteOrgActionToken invitation && !invitation.isExpired()
                && invitation.getEmail() != null
                && invitation.getEmail().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public void success(FormContext context) {
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
