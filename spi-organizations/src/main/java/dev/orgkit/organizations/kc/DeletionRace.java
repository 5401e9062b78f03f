package dev.orgkit.organizations.kc;

import org.keycloak.models.ModelException;

/**
 * How Keycloak 26.7 fails a request that reads an organization while a parallel request deletes it.
 * Its caches keep serving the organization until the deletion has committed, while its own reads of
 * the organization's internal group or of the deleted row already find nothing:
 * <ul>
 *   <li>{@code ModelException("Organization group <id> not found")} from
 *       {@code JpaOrganizationProvider.getOrganizationGroup}, e.g. through {@code isMember} or through
 *       the user validation of {@code UserModel.hasRole} (a read-only organization member check);</li>
 *   <li>a {@code NullPointerException} from {@code Organizations.isReadOnlyOrganizationMember} while
 *       a bearer token's user is re-validated.</li>
 * </ul>
 * Callers answer 404 when the organization they asked for is gone and 409 {@code concurrent_change}
 * otherwise, never Keycloak's 500. Shown by {@code DuplicateRequestsIT}.
 */
public final class DeletionRace {

    private DeletionRace() {
    }

    /**
     * Whether {@code e} is the database ending this transaction to break a deadlock with a parallel
     * one (MariaDB's gap locks on membership rows; SQLState class 40): the change did not happen.
     */
    public static boolean isDeadlock(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is Keycloak meeting an organization whose internal group was just deleted. */
    public static boolean isMissingOrganizationGroup(RuntimeException e) {
        return e instanceof ModelException && e.getMessage() != null && e.getMessage().startsWith("Organization group ");
    }
}
