package dev.orgkit.organizations.active;

import static dev.orgkit.organizations.active.ActiveOrganization.LAST_ACTIVE_ATTRIBUTE;
import static dev.orgkit.organizations.active.ActiveOrganization.SESSION_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.OAuth2Constants;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.kc.NativeOrganizations;

/**
 * The organization a session starts in. Keycloak's organizations are stubbed through orgkit's
 * adapter ({@link NativeOrganizations}) over a small in-memory state: which organizations exist,
 * which the user is a member of, the user's attributes and the session's notes.
 */
class ActiveOrganizationTest {

    private final NativeOrganizations orgs = mock(NativeOrganizations.class);
    private final Map<String, OrganizationModel> existing = new HashMap<>();
    private final Set<OrganizationModel> memberships = new LinkedHashSet<>();
    private final Set<OrganizationModel> notActivatable = new HashSet<>();
    private final Map<String, String> userAttributes = new HashMap<>();
    private final Map<String, String> sessionNotes = new HashMap<>();
    private final Map<String, String> clientSessionNotes = new HashMap<>();

    private final UserModel user = mock(UserModel.class);
    private final UserSessionModel userSession = mock(UserSessionModel.class);
    private final AuthenticatedClientSessionModel clientSession = mock(AuthenticatedClientSessionModel.class);
    private final ClientSessionContext context = mock(ClientSessionContext.class);

    private final BiPredicate<UserSessionModel, OrganizationModel> activatable =
            (session, org) -> !notActivatable.contains(org);
    private final ActiveOrganization active = new ActiveOrganization(orgs, activatable);

    private OrganizationModel acme;
    private OrganizationModel globex;

    @BeforeEach
    void keycloak() {
        when(orgs.byId(any())).thenAnswer(call -> existing.get(call.<String>getArgument(0)));
        when(orgs.isMember(any(), any())).thenAnswer(call -> call.getArgument(1) == user
                && memberships.contains(call.<OrganizationModel>getArgument(0)));
        when(orgs.ofMember(user)).thenAnswer(call -> memberships.stream());
        when(orgs.chosenThroughScope(user, context)).thenReturn(Optional.empty());

        when(user.getFirstAttribute(anyString())).thenAnswer(call -> userAttributes.get(call.<String>getArgument(0)));
        doAnswer(call -> userAttributes.put(call.getArgument(0), call.getArgument(1)))
                .when(user).setSingleAttribute(anyString(), anyString());
        doAnswer(call -> userAttributes.remove(call.<String>getArgument(0))).when(user).removeAttribute(anyString());

        when(userSession.getUser()).thenReturn(user);
        when(userSession.getNote(anyString())).thenAnswer(call -> sessionNotes.get(call.<String>getArgument(0)));
        doAnswer(call -> sessionNotes.put(call.getArgument(0), call.getArgument(1)))
                .when(userSession).setNote(anyString(), anyString());

        when(context.getClientSession()).thenReturn(clientSession);
        when(clientSession.getNote(anyString())).thenAnswer(call -> clientSessionNotes.get(call.<String>getArgument(0)));
        doAnswer(call -> clientSessionNotes.put(call.getArgument(0), call.getArgument(1)))
                .when(clientSession).setNote(anyString(), anyString());

        acme = organization("acme");
        globex = organization("globex");
    }

    private OrganizationModel organization(String id) {
        OrganizationModel org = mock(OrganizationModel.class);
        when(org.getId()).thenReturn(id);
        when(org.isEnabled()).thenReturn(true);
        existing.put(id, org);
        return org;
    }

    private void memberOf(OrganizationModel... organizations) {
        memberships.addAll(List.of(organizations));
    }

    private void lastActive(String orgId) {
        userAttributes.put(LAST_ACTIVE_ATTRIBUTE, orgId);
    }

    private void login(String authTime) {
        sessionNotes.put(ActiveOrganization.AUTH_TIME_NOTE, authTime);
        clientSessionNotes.put(OAuth2Constants.SCOPE, "openid organization");
    }

    /** Why an organization a user once had cannot be used now. */
    enum Unusable {
        DISABLED, LEFT, DELETED
    }

    private void makeUnusable(OrganizationModel org, Unusable why) {
        switch (why) {
            case DISABLED -> when(org.isEnabled()).thenReturn(false);
            case LEFT -> memberships.remove(org);
            case DELETED -> {
                memberships.remove(org);
                existing.remove(org.getId());
            }
        }
    }

    @Nested
    class TheInitialOrganization {

        @Test
        void isTheLastActiveOrganizationOfAUserWithSeveral() {
            memberOf(acme, globex);
            lastActive("globex");

            assertThat(active.initial(user)).contains(globex);
        }

        @ParameterizedTest(name = "last active organization {0}")
        @EnumSource(Unusable.class)
        void skipsALastActiveOrganizationTheUserCannotUseAnyMore(Unusable why) {
            memberOf(acme, globex);
            lastActive("globex");
            makeUnusable(globex, why);

            assertThat(active.initial(user)).contains(acme);
        }

        @Test
        void isTheOnlyOrganizationOfAUserWithoutALastActiveOne() {
            memberOf(acme);

            assertThat(active.initial(user)).contains(acme);
        }

        @Test
        void isTheOnlyEnabledOrganizationWhenTheOthersAreDisabled() {
            memberOf(acme, globex);
            makeUnusable(globex, Unusable.DISABLED);

            assertThat(active.initial(user)).contains(acme);
        }

        @Test
        void isNoneForAUserWithSeveralOrganizationsAndNoLastActiveOne() {
            memberOf(acme, globex);

            assertThat(active.initial(user)).isEmpty();
        }

        @Test
        void isNoneWhenTheLastActiveOneIsGoneAndSeveralRemain() {
            OrganizationModel initech = organization("initech");
            memberOf(acme, globex, initech);
            lastActive("initech");
            makeUnusable(initech, Unusable.LEFT);

            assertThat(active.initial(user)).isEmpty();
        }

        @Test
        void isNoneForAUserWhoseOnlyOrganizationIsDisabled() {
            memberOf(acme);
            makeUnusable(acme, Unusable.DISABLED);

            assertThat(active.initial(user)).isEmpty();
        }

        @Test
        void isNoneForAUserWithoutOrganizations() {
            assertThat(active.initial(user)).isEmpty();
        }
    }

    @Nested
    class TheFirstReadOfASession {

        @Test
        void writesTheInitialOrganizationIntoTheSession() {
            memberOf(acme);

            assertThat(active.current(userSession)).contains(acme);
            assertThat(sessionNotes).containsEntry(SESSION_NOTE, "acme");
        }

        @Test
        void marksASessionWithoutAnInitialOrganizationAsNoneOnPurpose() {
            memberOf(acme, globex);

            assertThat(active.current(userSession)).isEmpty();
            assertThat(sessionNotes).containsEntry(SESSION_NOTE, "");
        }

        @Test
        void leavesAnOrganizationTheSessionMayNotActivateYetUnchosenUntilItMay() {
            memberOf(acme);
            notActivatable.add(acme);

            assertThat(active.current(userSession)).isEmpty();
            assertThat(sessionNotes).doesNotContainKey(SESSION_NOTE);

            notActivatable.clear(); // e.g. the session stepped up with a second factor
            assertThat(active.current(userSession)).contains(acme);
        }
    }

    @Nested
    class ALaterRead {

        @Test
        void keepsNoneOnPurposeEvenForAUserWithOneOrganization() {
            memberOf(acme);
            sessionNotes.put(SESSION_NOTE, "");

            assertThat(active.current(userSession)).isEmpty();
        }

        @Test
        void reportsTheSessionsOrganization() {
            memberOf(acme, globex);
            lastActive("acme");
            sessionNotes.put(SESSION_NOTE, "globex");

            assertThat(active.current(userSession)).contains(globex);
        }

        @ParameterizedTest(name = "organization {0}")
        @EnumSource(Unusable.class)
        void reportsNoneWhenTheSessionsOrganizationCannotBeUsedAnyMore(Unusable why) {
            memberOf(acme, globex);
            sessionNotes.put(SESSION_NOTE, "globex");
            makeUnusable(globex, why);

            assertThat(active.current(userSession)).isEmpty();
        }

        @Test
        void reportsNoneWhenTheSessionMayNoLongerActivateItsOrganization() {
            memberOf(acme);
            sessionNotes.put(SESSION_NOTE, "acme");
            notActivatable.add(acme);

            assertThat(active.current(userSession)).isEmpty();
        }
    }

    @Nested
    class AChoiceThroughTheOrganizationScope {

        @BeforeEach
        void globexChosenAtLogin() {
            login("1000");
            when(orgs.chosenThroughScope(user, context)).thenReturn(Optional.of(globex));
        }

        @Test
        void winsOverTheLastActiveOrganizationAndBecomesTheLastActiveOne() {
            memberOf(acme, globex);
            lastActive("acme");

            assertThat(active.forToken(userSession, context)).contains(globex);
            assertThat(sessionNotes).containsEntry(SESSION_NOTE, "globex");
            assertThat(userAttributes).containsEntry(LAST_ACTIVE_ATTRIBUTE, "globex");
        }

        @ParameterizedTest(name = "chosen organization {0}")
        @EnumSource(value = Unusable.class, names = {"DISABLED", "LEFT"})
        void thatCannotBeUsedFallsBackToTheInitialOrganization(Unusable why) {
            memberOf(acme, globex);
            lastActive("acme");
            makeUnusable(globex, why);

            assertThat(active.forToken(userSession, context)).contains(acme);
            assertThat(sessionNotes).containsEntry(SESSION_NOTE, "acme");
        }

        @Test
        void thatTheSessionMayNotActivateFallsBackToTheInitialOrganization() {
            memberOf(acme, globex);
            lastActive("acme");
            notActivatable.add(globex);

            assertThat(active.forToken(userSession, context)).contains(acme);
            assertThat(userAttributes).containsEntry(LAST_ACTIVE_ATTRIBUTE, "acme");
        }

        @Test
        void isAppliedOncePerLoginSoASwitchSurvivesRefreshesUntilTheNextLogin() {
            memberOf(acme, globex);
            assertThat(active.forToken(userSession, context)).contains(globex);

            active.set(userSession, acme); // the user switches, then the client refreshes its token
            assertThat(active.forToken(userSession, context)).contains(acme);

            login("2000"); // a new login of the same client (e.g. prompt=login) applies its choice again
            assertThat(active.forToken(userSession, context)).contains(globex);
        }
    }
}
