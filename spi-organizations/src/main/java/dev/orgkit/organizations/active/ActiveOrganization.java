package dev.orgkit.organizations.active;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;

/**
 * The organization a user session acts in, like Clerk's {@code setActive}: a note on the user
 * session (so each session has its own, it survives refreshes and restarts with persistent
 * sessions, and any node reads it), re-checked against membership every time it is read.
 *
 * <p>A session that has no note yet gets one the first time it is read: the organization chosen
 * at login through Keycloak's organization scope, else the user's last active organization, else
 * the only organization of a user who has exactly one, else none.
 */
public final class ActiveOrganization {

    private static final Logger LOG = Logger.getLogger(ActiveOrganization.class);

    /** User-session note holding the active organization id; empty means "none, on purpose". */
    public static final String SESSION_NOTE = "orgkit.active-org";
    /** User attribute holding the last organization the user made active (a hint, never trusted). */
    public static final String LAST_ACTIVE_ATTRIBUTE = "orgkit.last-active-org";
    /**
     * Client-session note holding the login (the user session's authentication time and the scope
     * it requested) whose organization-scope choice was applied, so a new login of the same client
     * (e.g. a step-up with {@code prompt=login}) applies its choice again while refreshes keep the
     * session's own choice.
     */
    static final String CLIENT_SESSION_APPLIED = "orgkit.active-org.applied";
    /** User-session note where Keycloak keeps the time of the last interactive authentication. */
    static final String AUTH_TIME_NOTE = "AUTH_TIME";

    private final NativeOrganizations orgs;
    private final BiPredicate<UserSessionModel, OrganizationModel> activatable;

    /** Without activation checks: for callers that only read memberships or set an already checked organization. */
    public ActiveOrganization(NativeOrganizations orgs) {
        this(orgs, (userSession, org) -> true);
    }

    /**
     * @param activatable whether an organization may be active in a session (e.g. it requires MFA and
     *        the session has no second factor); an organization it refuses is never reported active
     */
    public ActiveOrganization(NativeOrganizations orgs, BiPredicate<UserSessionModel, OrganizationModel> activatable) {
        this.orgs = orgs;
        this.activatable = activatable;
    }

    /** The active organization of a session, resolving the initial one if the session has none. */
    public Optional<OrganizationModel> current(UserSessionModel userSession) {
        UserModel user = userSession.getUser();
        String note = userSession.getNote(SESSION_NOTE);
        if (note == null) {
            Optional<OrganizationModel> initial = initial(user);
            if (initial.isPresent() && !activatable.test(userSession, initial.get())) {
                // not chosen yet: the session may meet the organization's requirements later (step-up)
                return Optional.empty();
            }
            userSession.setNote(SESSION_NOTE, initial.map(OrganizationModel::getId).orElse(""));
            return initial;
        }
        if (note.isEmpty()) {
            return Optional.empty();
        }
        OrganizationModel org = orgs.byId(note);
        return usable(org, user) && activatable.test(userSession, org) ? Optional.of(org) : Optional.empty();
    }

    /**
     * The active organization for a token being issued. On the first token of a client session, an
     * organization chosen through the organization scope at that login becomes the active one.
     */
    public Optional<OrganizationModel> forToken(UserSessionModel userSession, ClientSessionContext context) {
        AuthenticatedClientSessionModel clientSession = context.getClientSession();
        String login = clientSession == null ? ""
                : userSession.getNote(AUTH_TIME_NOTE) + " " + clientSession.getNote(OAuth2Constants.SCOPE);
        if (clientSession != null && !login.equals(clientSession.getNote(CLIENT_SESSION_APPLIED))) {
            clientSession.setNote(CLIENT_SESSION_APPLIED, login);
            Optional<OrganizationModel> chosen = orgs.chosenThroughScope(userSession.getUser(), context)
                    .filter(org -> usable(org, userSession.getUser()))
                    .filter(org -> activatable.test(userSession, org));
            if (chosen.isPresent()) {
                set(userSession, chosen.get());
                return chosen;
            }
        }
        return current(userSession);
    }

    /** Makes {@code org} (or none, when null) the session's active organization. Membership is the caller's check. */
    public void set(UserSessionModel userSession, OrganizationModel org) {
        userSession.setNote(SESSION_NOTE, org == null ? "" : org.getId());
        UserModel user = userSession.getUser();
        if (org == null) {
            user.removeAttribute(LAST_ACTIVE_ATTRIBUTE);
        } else if (!org.getId().equals(user.getFirstAttribute(LAST_ACTIVE_ATTRIBUTE))) {
            user.setSingleAttribute(LAST_ACTIVE_ATTRIBUTE, org.getId());
        }
    }

    /**
     * What the API's switch does: {@link #set} for the session at once, and the user's last active
     * organization in a transaction of its own that decides on the committed attribute under the
     * user's row lock. Parallel switches of one user's sessions (tabs, devices) take turns there
     * instead of overwriting an attribute row another switch has just replaced (an optimistic-lock
     * failure at commit on MariaDB).
     */
    public void switchTo(KeycloakSession session, UserSessionModel userSession, OrganizationModel org) {
        userSession.setNote(SESSION_NOTE, org == null ? "" : org.getId());
        String realmId = userSession.getRealm().getId();
        String userId = userSession.getUser().getId();
        String wanted = org == null ? null : org.getId();
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), fresh -> {
                RealmModel realm = fresh.realms().getRealm(realmId);
                fresh.getContext().setRealm(realm);
                // a row lock on the user (no gap lock): switches of one user take turns, and the
                // attribute is read after the lock, so it is the committed one
                KeycloakRowLocks.of(fresh).lockUser(userId);
                UserModel user = fresh.users().getUserById(realm, userId);
                if (user == null || Objects.equals(wanted, user.getFirstAttribute(LAST_ACTIVE_ATTRIBUTE))) {
                    return;
                }
                if (wanted == null) {
                    user.removeAttribute(LAST_ACTIVE_ATTRIBUTE);
                } else {
                    user.setSingleAttribute(LAST_ACTIVE_ATTRIBUTE, wanted);
                }
            });
        } catch (RuntimeException e) {
            // the hint only picks the next login's organization; the switch itself (the session note) is done
            LOG.debugf(e, "orgkit: last active organization of user %s not saved", userId);
        }
    }

    /** Whether a user may act in {@code org}: it exists, is enabled, and the user is a member. */
    public boolean usable(OrganizationModel org, UserModel user) {
        return org != null && org.isEnabled() && orgs.isMember(org, user);
    }

    /**
     * The organization a session without a choice starts in: the user's last active organization
     * if still usable, else the only enabled organization of a user who has exactly one, else none.
     */
    public Optional<OrganizationModel> initial(UserModel user) {
        OrganizationModel last = orgs.byId(user.getFirstAttribute(LAST_ACTIVE_ATTRIBUTE));
        if (usable(last, user)) {
            return Optional.of(last);
        }
        List<OrganizationModel> enabled = orgs.ofMember(user).filter(OrganizationModel::isEnabled).limit(2).toList();
        return enabled.size() == 1 ? Optional.of(enabled.get(0)) : Optional.empty();
    }
}
