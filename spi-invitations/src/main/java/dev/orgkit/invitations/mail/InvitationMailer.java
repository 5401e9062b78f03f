package dev.orgkit.invitations.mail;

import java.io.IOException;
import java.text.DateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.jboss.logging.Logger;
import org.keycloak.common.util.HtmlUtils;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.storage.adapter.InMemoryUserAdapter;
import org.keycloak.theme.Theme;

import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * Sends invitation emails through the realm's own SMTP settings with Keycloak's
 * {@link EmailTemplateProvider}, from the {@code orgkit-invitation.ftl} templates (HTML and text)
 * of the realm's email theme. A failure is returned as text for the inviter, never thrown: the
 * invitation exists either way and its link is in the answer.
 */
public final class InvitationMailer {

    public static final String TEMPLATE = "orgkit-invitation.ftl";
    public static final String SUBJECT_KEY = "orgkitInvitationSubject";

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationMailer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** What the email says. */
    public record Letter(String email, OrganizationModel organization, String inviterName, String roleName,
                         long expiresAt, String link) {
    }

    /** Sends one invitation; empty when it went out, else why not (for the {@code email_error} field). */
    public Optional<String> send(Letter letter) {
        Map<String, String> smtp = realm.getSmtpConfig();
        if (smtp == null || smtp.get("host") == null || smtp.get("host").isBlank()) {
            return Optional.of("smtp_not_configured: this realm has no SMTP server configured; no email was sent, "
                    + "share the link yourself");
        }
        try {
            Theme theme = session.theme().getTheme(Theme.Type.EMAIL);
            if (theme.getTemplate("html/" + TEMPLATE) == null) {
                return Optional.of("email_theme_unsupported: the realm's email theme '" + theme.getName()
                        + "' has no orgkit invitation template; use the orgkit email theme (or one extending it)");
            }
        } catch (IOException e) {
            return Optional.of("email_theme_unavailable: the realm's email theme could not be loaded");
        }
        UserModel recipient = session.users().getUserByEmail(realm, letter.email());
        if (recipient == null) {
            recipient = new InMemoryUserAdapter(session, realm, null);
            recipient.setEmail(letter.email());
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("organizationName", letter.organization().getName());
        attributes.put("inviterName", letter.inviterName());
        attributes.put("roleName", letter.roleName());
        attributes.put("link", letter.link());
        OrgkitCore.of(session).imageUrl(letter.organization()).ifPresent(url -> attributes.put("organizationImageUrl", url));
        // names are the org's and the inviter's choice: escaped before they go into the HTML body
        attributes.put("organizationNameHtml", HtmlUtils.escapeAttribute(letter.organization().getName()));
        attributes.put("inviterNameHtml", HtmlUtils.escapeAttribute(letter.inviterName()));
        attributes.put("roleNameHtml", HtmlUtils.escapeAttribute(letter.roleName()));
        attributes.put("expiresAt", formatDate(letter.expiresAt(), recipient));
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(recipient)
                    .send(SUBJECT_KEY, List.of(letter.organization().getName(), letter.inviterName()), TEMPLATE,
                            attributes, letter.email());
            return Optional.empty();
        } catch (EmailException e) {
            // the message never contains the link: it names the SMTP problem only
            LOG.warnf("Could not send an orgkit invitation email in realm %s: %s", realm.getName(), rootMessage(e));
            return Optional.of("email_failed: " + rootMessage(e));
        }
    }

    private String formatDate(long epochMillis, UserModel recipient) {
        Locale locale = session.getContext().resolveLocale(recipient);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT,
                locale == null ? Locale.ENGLISH : locale);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(new Date(epochMillis)) + " UTC";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
