package dev.orgkit.invitations.pages;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.invitations.service.InvitationAcceptance;
import dev.orgkit.invitations.service.RedirectUris;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;

/**
 * The invitation link's pages at {@code /realms/{realm}/orgkit/invitations}, in the login theme.
 * An unusable link (malformed, unknown, tampered, expired, revoked, declined or used token) always
 * gets the same 404 page. A signed-in user whose verified email is the invited one accepts or
 * declines; a user signed in with another email is told so and nothing happens; anyone else signs
 * in (through the realm's own login) or registers with the invited email.
 */
public final class InvitationPages {

    private final PageContext pages;
    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationPages(KeycloakSession session, RealmModel realm) {
        this.pages = new PageContext(session, realm);
        this.session = session;
        this.realm = realm;
    }

    /** The link of the email ({@code ?token=}), or the way back from signing in ({@code ?id=}). */
    @GET
    @Path("accept")
    @Produces(MediaType.TEXT_HTML)
    public Response landing(@QueryParam("token") String token, @QueryParam("id") String id, @QueryParam("code") String code) {
        AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        InvitationAcceptance acceptance = new InvitationAcceptance(session, realm, pages.changes(null));
        InvitationEntity invitation = token != null ? acceptance.byToken(token)
                : signedIn != null ? acceptance.pendingById(id) : null;
        if (invitation == null) {
            return pages.invalid();
        }
        if (token == null && code != null) {
            // back from the login flow: drop its code and state from the address bar
            return PageContext.redirect(pages.builder("accept").queryParam("id", invitation.getId()).build());
        }
        OrganizationModel org = acceptance.organization(invitation);
        if (signedIn == null) {
            return signInChoice(invitation, org, token);
        }
        UserModel user = signedIn.user();
        if (!InvitationAcceptance.isFor(invitation, user)) {
            InvitationView view = pages.view("wrong-user", invitation, org).with("wrong-user",
                    user.getEmail() == null ? user.getUsername() : user.getEmail(), null, null, null, null, logoutUrl(), null);
            return pages.render(view, Response.Status.FORBIDDEN);
        }
        if (acceptance.core().isMember(org, user)) {
            return pages.render(pages.view("member", invitation, org), Response.Status.CONFLICT);
        }
        InvitationView view = pages.view("confirm", invitation, org).with("confirm", user.getEmail(),
                pages.url(invitation.getId() + "/accept").toString(), pages.url(invitation.getId() + "/decline").toString(),
                null, null, null, PageCsrf.of(signedIn.session()));
        return pages.render(view, Response.Status.OK);
    }

    /** Signs in through the realm's login, the username filled with the invited email, and comes back here. */
    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@QueryParam("token") String token) {
        InvitationAcceptance acceptance = new InvitationAcceptance(session, realm, pages.changes(null));
        InvitationEntity invitation = acceptance.byToken(token);
        if (invitation == null) {
            return pages.invalid();
        }
        URI back = pages.builder("accept").queryParam("id", invitation.getId()).build();
        return PageContext.noStore(new KeycloakLogin(session, realm).signIn(back, invitation.getEmail()));
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    public Response registerForm(@QueryParam("token") String token) {
        return new InvitationRegistration(pages).form(token);
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@QueryParam("token") String token, MultivaluedMap<String, String> form) {
        return new InvitationRegistration(pages).register(token, form);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id, @FormParam(PageCsrf.FIELD) String csrf) {
        return decide(id, csrf, true);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decline(@PathParam("id") String id, @FormParam(PageCsrf.FIELD) String csrf) {
        return decide(id, csrf, false);
    }

    /** Where a just-registered invitee arrives signed in: the organization becomes active, then on to the app. */
    @GET
    @Path("{id}/continue")
    @Produces(MediaType.TEXT_HTML)
    public Response continueAfterRegistration(@PathParam("id") String id) {
        AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        InvitationEntity invitation = new InvitationStore(session).byId(realm.getId(), id);
        if (signedIn == null || invitation == null || !Status.ACCEPTED.value().equals(invitation.getStatus())
                || !signedIn.user().getId().equals(invitation.getUserId())) {
            return pages.invalid();
        }
        InvitationAcceptance acceptance = new InvitationAcceptance(session, realm, pages.changes(signedIn.user()));
        OrganizationModel org = acceptance.organization(invitation);
        OrgkitCore core = acceptance.core();
        if (org != null && org.isEnabled() && core.isMember(org, signedIn.user()) && core.mayActivate(signedIn.session(), org)) {
            core.activate(signedIn.session(), org);
        }
        return PageContext.redirect(URI.create(RedirectUris.destination(session, realm, invitation.getRedirectUri())));
    }

    private Response decide(String id, String csrf, boolean accept) {
        AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (signedIn == null || !PageCsrf.matches(signedIn.session(), csrf)) {
            return pages.invalid();
        }
        UserModel user = signedIn.user();
        InvitationAcceptance acceptance = new InvitationAcceptance(session, realm, pages.changes(user));
        InvitationEntity invitation = acceptance.pendingById(id);
        if (invitation == null || !InvitationAcceptance.isFor(invitation, user)) {
            return pages.invalid();
        }
        OrganizationModel org = acceptance.organization(invitation);
        try {
            if (!accept) {
                acceptance.decline(invitation, user);
                return pages.render(pages.view("declined", invitation, org), Response.Status.OK);
            }
            acceptance.accept(invitation, user, signedIn.session());
        } catch (OrgkitException e) {
            session.getTransactionManager().setRollbackOnly();
            if (OrgkitCore.MEMBERSHIP_LIMIT_REACHED.equals(e.error())) {
                return pages.render(pages.view("full", invitation, org), Response.Status.CONFLICT);
            }
            boolean member = e.kind() == OrgkitException.Kind.CONFLICT && acceptance.core().isMember(org, user);
            return member ? pages.render(pages.view("member", invitation, org), Response.Status.CONFLICT) : pages.invalid();
        }
        return PageContext.redirect(URI.create(RedirectUris.destination(session, realm, invitation.getRedirectUri())));
    }

    private Response signInChoice(InvitationEntity invitation, OrganizationModel org, String token) {
        boolean hasAccount = session.users().getUserByEmail(realm, invitation.getEmail()) != null;
        String signInUrl = pages.builder("sign-in").queryParam("token", token).build().toString();
        String registerUrl = hasAccount ? null : pages.builder("register").queryParam("token", token).build().toString();
        InvitationView view = pages.view("sign-in", invitation, org).with("sign-in", null, null, null, signInUrl, registerUrl,
                null, null);
        return pages.render(view, Response.Status.OK);
    }

    private String logoutUrl() {
        return org.keycloak.services.Urls.realmBase(session.getContext().getUri().getBaseUri())
                .path("{realm}/protocol/openid-connect/logout").build(realm.getName()).toString();
    }
}
