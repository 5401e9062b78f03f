package dev.orgkit.invitations.pages;

import java.net.URI;
import java.text.DateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.SystemClientUtil;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.theme.Theme;

import dev.orgkit.invitations.service.InvitationLinks;
import dev.orgkit.invitations.service.InvitationViews;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;

/** Rendering of the invitation pages in the realm's login theme, and the services they act through. */
final class PageContext {

    static final String PAGE = "orgkit-invitation.ftl";
    static final String REGISTER_PAGE = "orgkit-invitation-register.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    PageContext(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    KeycloakSession session() {
        return session;
    }

    RealmModel realm() {
        return realm;
    }

    /** Records changes as {@code user} (or as orgkit itself before anyone signed in). */
    ChangeRecorder changes(UserModel user) {
        Actor actor = user == null ? Actor.system() : new Actor(Actor.USER, user.getId(), user.getUsername());
        String ip = session.getContext().getConnection().getRemoteAddr();
        String userAgent = session.getContext().getRequestHeaders().getHeaderString("User-Agent");
        AdminEventBuilder adminEvent = user == null ? null : new AdminEventBuilder(realm,
                new AdminAuth(realm, null, user, SystemClientUtil.getSystemClient(realm)), session,
                session.getContext().getConnection());
        return new ChangeRecorder(session, realm, actor, ip, userAgent, adminEvent);
    }

    URI url(String path) {
        return InvitationLinks.page(session, realm, path);
    }

    UriBuilder builder(String path) {
        return InvitationLinks.base(session, realm).path(path);
    }

    /** The view of a usable invitation, in a state, without the state-specific links. */
    InvitationView view(String state, InvitationEntity invitation, OrganizationModel org) {
        UserModel inviter = invitation.getInviterId() == null ? null : session.users().getUserById(realm, invitation.getInviterId());
        return new InvitationView(state, org.getName(), InvitationViews.displayName(inviter, org.getName()),
                invitation.getRoleName(), invitation.getEmail(), date(invitation.getExpiresAt()), null, null, null, null, null,
                null, null, null, OrgkitCore.of(session).imageUrl(org).orElse(null));
    }

    Response render(InvitationView view, Response.Status status) {
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class);
        if (!themeSupportsInvitations()) {
            // the realm's own theme has no orgkit messages: the text is given as it is
            return form.setError("This realm's login theme cannot show invitations. An administrator must set the login "
                    + "theme to orgkit (or a theme extending it).").createErrorPage(Response.Status.SERVICE_UNAVAILABLE);
        }
        return noStore(form.setStatus(status).setAttribute("invitation", view).createForm(PAGE));
    }

    LoginFormsProvider form() {
        return session.getProvider(LoginFormsProvider.class);
    }

    Response invalid() {
        return render(InvitationView.invalid(), Response.Status.NOT_FOUND);
    }

    static Response noStore(Response response) {
        return Response.fromResponse(response)
                .header("Cache-Control", "no-store, must-revalidate, max-age=0")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    static Response redirect(URI target) {
        return noStore(Response.status(Response.Status.SEE_OTHER).location(target).build());
    }

    boolean themeSupportsInvitations() {
        try {
            return session.theme().getTheme(Theme.Type.LOGIN).getTemplate(PAGE) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String date(long epochMillis) {
        Locale locale = session.getContext().resolveLocale(null);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT,
                locale == null ? Locale.ENGLISH : locale);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(new Date(epochMillis)) + " UTC";
    }
}
