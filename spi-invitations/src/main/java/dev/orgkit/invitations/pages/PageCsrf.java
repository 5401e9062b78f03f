package dev.orgkit.invitations.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.keycloak.models.UserSessionModel;

import dev.orgkit.invitations.token.InvitationToken;

/**
 * Guards the accept and decline forms against cross-site requests: a random value kept as a note
 * of the signed-in user session, echoed by the form. Another site can neither read it nor guess it.
 */
final class PageCsrf {

    static final String NOTE = "orgkit.invitation-csrf";
    static final String FIELD = "csrf";

    private PageCsrf() {
    }

    static String of(UserSessionModel userSession) {
        String value = userSession.getNote(NOTE);
        if (value == null) {
            value = InvitationToken.generate();
            userSession.setNote(NOTE, value);
        }
        return value;
    }

    static boolean matches(UserSessionModel userSession, String submitted) {
        String expected = userSession.getNote(NOTE);
        return expected != null && submitted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
