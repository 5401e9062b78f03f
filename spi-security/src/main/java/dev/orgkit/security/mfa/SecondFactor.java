package dev.orgkit.security.mfa;

import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The record that a user session was authenticated with a second factor: a user-session note set
 * by {@link SecondFactorCompletedAuthenticator}, which the login flow runs right after a second
 * factor (see docs/decisions.md for why not Keycloak's own notes).
 */
public final class SecondFactor {

    /** User-session note: epoch seconds of the last login of this session that completed a second factor. */
    public static final String USER_SESSION_NOTE = "orgkit.second-factor";

    private SecondFactor() {
    }

    /** Whether any login of this session completed a second factor. */
    public static boolean completed(UserSessionModel userSession) {
        return userSession != null && present(userSession.getNote(USER_SESSION_NOTE));
    }

    /** Whether the login in progress has already completed a second factor (earlier in its flow). */
    static boolean completedInThisLogin(AuthenticationSessionModel authSession) {
        return authSession != null && present(authSession.getUserSessionNotes().get(USER_SESSION_NOTE));
    }

    static void record(AuthenticationSessionModel authSession, long epochSeconds) {
        authSession.setUserSessionNote(USER_SESSION_NOTE, Long.toString(epochSeconds));
    }

    static boolean present(String note) {
        return note != null && !note.isBlank();
    }
}
