package dev.orgkit.security.backfill;

import java.util.List;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.organizations.spi.ChangeRecorder;

/**
 * One batch of the personal-organization backfill of a realm. Every user is handled in a
 * transaction of its own (a batch that stops midway keeps what it did; the next run goes on), the
 * search for users without an organization runs in short transactions of its own too (so it sees
 * what the batch committed, also on MariaDB), and each user is locked and re-checked before
 * anything is created, so concurrent runs never give one user two organizations.
 */
final class Backfill {

    static final int DEFAULT_BATCH = 100;
    static final int MAX_BATCH = 1000;
    private static final int PAGE = 100;

    private static final Logger LOG = Logger.getLogger(Backfill.class);

    private final KeycloakSessionFactory factory;
    private final String realmId;
    /** Makes the change recorder (actor, admin event) of one user's transaction. */
    private final Function<KeycloakSession, ChangeRecorder> recorders;

    Backfill(KeycloakSessionFactory factory, String realmId, Function<KeycloakSession, ChangeRecorder> recorders) {
        this.factory = factory;
        this.realmId = realmId;
        this.recorders = recorders;
    }

    long remaining() {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> new UsersWithoutOrganization(session).count(realmId));
    }

    /** Handles up to {@code batch} users without an organization whose id sorts after {@code after}. */
    BackfillResult run(int batch, String after) {
        int processed = 0;
        int created = 0;
        int skipped = 0;
        int failed = 0;
        String cursor = after == null ? "" : after;
        long started = System.nanoTime();
        while (processed < batch) {
            String from = cursor;
            int size = Math.min(PAGE, batch - processed);
            List<String> users = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                    session -> new UsersWithoutOrganization(session).page(realmId, from, size));
            if (users.isEmpty()) {
                break;
            }
            for (String userId : users) {
                processed++;
                cursor = userId;
                try {
                    PersonalOrganizations.Outcome outcome = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                            session -> give(session, userId));
                    if (outcome == PersonalOrganizations.Outcome.CREATED) {
                        created++;
                    } else {
                        skipped++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warnf("Personal organization backfill: user %s of realm %s failed (%s); a later run retries it",
                            userId, realmId, e.toString());
                }
            }
            if (users.size() < size) {
                break;
            }
        }
        long remaining = remaining();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Personal organization backfill of realm %s: %d users processed in %d ms (%d created, %d skipped, %d failed); "
                + "%d users still without an organization", realmId, processed, millis, created, skipped, failed, remaining);
        return new BackfillResult(processed, created, skipped, failed, remaining, remaining == 0,
                processed == 0 ? null : cursor);
    }

    /** One user, in a transaction of its own; true when an organization was created. */
    boolean runFor(String userId) {
        PersonalOrganizations.Outcome outcome = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> give(session, userId));
        LOG.infof("Personal organization backfill of realm %s: user %s %s", realmId, userId,
                outcome == PersonalOrganizations.Outcome.CREATED ? "got a personal organization" : "skipped (already has one)");
        return outcome == PersonalOrganizations.Outcome.CREATED;
    }

    private PersonalOrganizations.Outcome give(KeycloakSession session, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        session.getContext().setRealm(realm);
        return new PersonalOrganizations(session, realm, recorders.apply(session)).give(userId);
    }
}
