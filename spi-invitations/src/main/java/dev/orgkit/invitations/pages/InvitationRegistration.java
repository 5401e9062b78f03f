package dev.orgkit.invitations.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.model.RegisterBean;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import dev.orgkit.invitations.service.InvitationAcceptance;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * Registration through an invitation: the email is the invited one (not a form field), the
 * account's email counts as verified (the link proved it), the rest of the realm's user profile and
 * password policy apply as on the realm's own registration page. Creating the account and accepting
 * the invitation happen in one transaction: both or neither.
 */
final class InvitationRegistration {

    static final String PASSWORD = "password";
    static final String PASSWORD_CONFIRM = "password-confirm";

    private final PageContext pages;
    private final KeycloakSession session;
    private final RealmModel realm;

    InvitationRegistration(PageContext pages) {
        this.pages = pages;
        this.session = pages.session();
        this.realm = pages.realm();
    }

    Response form(String token) {
        InvitationAcceptance acceptance = new InvitationAcceptance(session, realm, pages.changes(null));
        InvitationEntity invitation = acceptance.byToken(token);
        if (invitation == null) {
            return pages.invalid();
        }
        if (hasAccount(invitation) || AuthenticationManager.authenticateIdentityCookie(session, realm, true) != null) {
            return PageContext.redirect(pages.builder("accept").queryParam("token", token).build());
        }
        return render(invitation, acceptance.organization(invitation), token, new MultivaluedHashMap<>(), List.of(),
                Response.Status.OK);
    }

    Response register(String token, MultivaluedMap<String, String> submitted) {
        InvitationAcceptance anonymous = new InvitationAcceptance(session, realm, pages.changes(null));
        InvitationEntity invitation = anonymous.byToken(token);
        if (invitation == null) {
            return pages.invalid();
        }
        OrganizationModel org = anonymous.organization(invitation);
        if (hasAccount(invitation)) {
            return PageContext.redirect(pages.builder("accept").queryParam("token", token).build());
        }
        MultivaluedMap<String, String> form = profileData(submitted, invitation);
        String password = submitted.getFirst(PASSWORD);
        List<FormMessage> errors = new ArrayList<>();
        UserProfile profile = session.getProvider(UserProfileProvider.class).create(UserProfileContext.REGISTRATION, form);
        try {
            profile.validate();
        } catch (ValidationException e) {
            e.getErrors().forEach(error -> errors.add(new FormMessage(error.getAttribute(), error.getMessage(),
                    error.getMessageParameters())));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FormMessage(PASSWORD, "missingPasswordMessage"));
        } else if (!password.equals(submitted.getFirst(PASSWORD_CONFIRM))) {
            errors.add(new FormMessage(PASSWORD_CONFIRM, "invalidPasswordConfirmMessage"));
        } else {
            PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class)
                    .validate(form.getFirst(UserModel.USERNAME), password);
            if (policy != null) {
                errors.add(new FormMessage(PASSWORD, policy.getMessage(), policy.getParameters()));
            }
        }
        if (!errors.isEmpty()) {
            return render(invitation, org, token, form, errors, Response.Status.BAD_REQUEST);
        }
        UserModel user;
        try {
            user = profile.create();
            user.setEnabled(true);
            user.setEmailVerified(true);
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
            new InvitationAcceptance(session, realm, pages.changes(user)).accept(invitation, user, null);
        } catch (OrgkitException e) {
            // nothing is kept, the account included: the link stays valid for a later try
            session.getTransactionManager().setRollbackOnly();
            return OrgkitCore.MEMBERSHIP_LIMIT_REACHED.equals(e.error())
                    ? pages.render(pages.view("full", invitation, org), Response.Status.CONFLICT) : pages.invalid();
        } catch (ModelDuplicateException | PersistenceException e) {
            session.getTransactionManager().setRollbackOnly();
            return pages.invalid();
        }
        new EventBuilder(realm, session, session.getContext().getConnection()).event(EventType.REGISTER).user(user)
                .detail(Details.USERNAME, user.getUsername())
                .detail(Details.EMAIL, user.getEmail())
                .detail(Details.REGISTER_METHOD, "orgkit-invitation")
                .detail("orgkit.organization", org.getId())
                .success();
        URI back = pages.url(invitation.getId() + "/continue");
        return PageContext.noStore(new KeycloakLogin(session, realm).signInRegistered(user, back));
    }

    private boolean hasAccount(InvitationEntity invitation) {
        return session.users().getUserByEmail(realm, invitation.getEmail()) != null;
    }

    /** The submitted profile fields with the invited email in place of any email (and as username when the realm wants that). */
    private MultivaluedMap<String, String> profileData(MultivaluedMap<String, String> submitted, InvitationEntity invitation) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        submitted.forEach((name, values) -> {
            if (!name.equals(PASSWORD) && !name.equals(PASSWORD_CONFIRM) && !name.equals(UserModel.EMAIL)) {
                form.put(name, values);
            }
        });
        form.putSingle(UserModel.EMAIL, invitation.getEmail());
        if (realm.isRegistrationEmailAsUsername()) {
            form.putSingle(UserModel.USERNAME, invitation.getEmail());
        }
        return form;
    }

    private Response render(InvitationEntity invitation, OrganizationModel org, String token, MultivaluedMap<String, String> form,
                            List<FormMessage> errors, Response.Status status) {
        if (!pages.themeSupportsInvitations()) {
            return pages.invalid();
        }
        MultivaluedMap<String, String> shown = new MultivaluedHashMap<>(form);
        shown.putSingle(UserModel.EMAIL, invitation.getEmail());
        LoginFormsProvider page = pages.form()
                .setStatus(status)
                .setFormData(shown)
                .setAttribute("invitation", pages.view("register", invitation, org))
                .setAttribute("profile", new RegisterBean(shown, session))
                .setAttribute("registerAction", pages.builder("register").queryParam("token", token).build().toString());
        if (!errors.isEmpty()) {
            page.setErrors(errors);
        }
        return PageContext.noStore(page.createForm(PageContext.REGISTER_PAGE));
    }
}
