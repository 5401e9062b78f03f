package dev.orgkit.invitations.metrics;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

import dev.orgkit.organizations.spi.Micrometer;

/**
 * The invitation meters (docs/operations.md): invitations sent and rate-limit refusals per realm.
 * Backed by Micrometer's global registry when Micrometer is on the classpath, else nothing.
 */
public interface InvitationMeters {

    /** A rate limit of {@code docs/invitations.md}, as the {@code limit} tag names it. */
    enum Limit {
        INVITATIONS_PER_ORGANIZATION, INVITATIONS_PER_IP;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    InvitationMeters NONE = new InvitationMeters() {
        @Override
        public void sent(String realm, boolean emailed) {
        }

        @Override
        public void refused(String realm, Limit limit) {
        }
    };

    InvitationMeters CURRENT = Micrometer.present() ? new MicrometerInvitationMeters() : NONE;

    /** An invitation was sent (created or resent); {@code emailed} whether its email went out. */
    void sent(String realm, boolean emailed);

    /** A request was refused with 429 by {@code limit}. */
    void refused(String realm, Limit limit);

    /** Counts a sent invitation when the session's transaction commits (a rolled-back send never happened). */
    static void sentOnCommit(KeycloakSession session, String realm, boolean emailed) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                CURRENT.sent(realm, emailed);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
