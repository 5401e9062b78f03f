package dev.orgkit.it.security;

import static dev.orgkit.it.security.DomainFixtures.add;
import static dev.orgkit.it.security.DomainFixtures.assertError;
import static dev.orgkit.it.security.DomainFixtures.token;
import static dev.orgkit.it.security.DomainFixtures.uniqueDomain;
import static dev.orgkit.it.security.DomainFixtures.user;
import static dev.orgkit.it.security.DomainFixtures.verifiedDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Enrollment through verified domains: automatic invitations at sign-in, suggestions and
 * membership requests that org admins approve or reject.
 */
class DomainEnrollmentIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static String invitingDomain;
    private static String suggestingDomain;

    @BeforeAll
    static void domains() {
        String alice = token(realm, "alice");
        invitingDomain = uniqueDomain("invite");
        verifiedDomain(realm, alice, "acme", invitingDomain, "automatic_invitation");
        suggestingDomain = uniqueDomain("suggest");
        verifiedDomain(realm, token(realm, "bob"), "globex", suggestingDomain, "automatic_suggestion");
    }

    @Test
    void aUserWithAVerifiedEmailAtTheDomainIsInvitedWithTheDefaultRoleWhenSigningIn() {
        String name = TestRealm.unique("dave");
        user(realm, name, name + "@" + invitingDomain.toUpperCase(), true);

        String dave = token(realm, name);

        JsonNode invitation = Eventually.get("dave's automatic invitation", Duration.ofSeconds(10), () -> {
            JsonNode mine = myInvitations(dave);
            return mine.size() == 1 ? mine.get(0) : null;
        });
        assertThat(invitation.path("organization_slug").asText()).isEqualTo("acme");
        assertThat(invitation.path("role").asText()).isEqualTo("org:member");
        assertThat(invitation.path("email").asText()).isEqualTo(name + "@" + invitingDomain);

        // signing in again does not invite twice; accepting makes dave a member
        token(realm, name);
        witnessSignIn();
        assertThat(myInvitations(dave)).hasSize(1);
        realm.http().post(realm.api("/me/invitations/" + invitation.path("id").asText() + "/accept")).bearer(dave)
                .send().expect(200);
        assertThat(realm.http().get(realm.api("/me/organizations")).bearer(dave).send().expect(200).json().toString())
                .contains("\"acme\"");
    }

    @Test
    void unverifiedDomainsAndUnverifiedEmailsEnrollNobody() {
        String alice = token(realm, "alice");
        String unverifiedDomain = uniqueDomain("unverified");
        add(realm, alice, "acme", unverifiedDomain, "automatic_invitation").expect(201);
        String unverifiedSuggestion = uniqueDomain("unverified-suggest");
        add(realm, alice, "acme", unverifiedSuggestion, "automatic_suggestion").expect(201);
        String erin = TestRealm.unique("erin");
        user(realm, erin, erin + "@" + unverifiedDomain, true);
        String fred = TestRealm.unique("fred");
        user(realm, fred, fred + "@" + invitingDomain, false);
        String gina = TestRealm.unique("gina");
        user(realm, gina, gina + "@" + unverifiedSuggestion, true);

        String erinToken = token(realm, erin);
        String fredToken = token(realm, fred);
        String ginaToken = token(realm, gina);
        witnessSignIn();

        assertThat(myInvitations(erinToken)).isEmpty();
        assertThat(myInvitations(fredToken)).isEmpty();
        assertThat(suggestions(ginaToken)).isEmpty();
        assertError(request(ginaToken, "acme"), 404, "not_found");
    }

    @Test
    void aSuggestedUserAsksToJoinAndAnAdminApproves() {
        String name = TestRealm.unique("hank");
        user(realm, name, name + "@" + suggestingDomain, true);
        String hank = token(realm, name);

        JsonNode suggestion = suggestions(hank).get(0);
        assertThat(suggestion.path("organization_slug").asText()).isEqualTo("globex");
        assertThat(suggestion.path("domain").asText()).isEqualTo(suggestingDomain);
        assertThat(suggestion.path("status").asText()).isEqualTo("suggested");
        assertThat(myInvitations(hank)).isEmpty();

        JsonNode request = request(hank, "globex").expect(201).json();
        assertThat(request.path("status").asText()).isEqualTo("pending");
        assertError(request(hank, "globex"), 409, "request_pending");
        assertThat(suggestions(hank).get(0).path("status").asText()).isEqualTo("requested");
        assertThat(realm.http().get(realm.api("/me/membership-requests")).bearer(hank).send().expect(200).json()
                .get(0).path("id").asText()).isEqualTo(request.path("id").asText());

        String bob = token(realm, "bob"); // org:admin of globex
        String requests = realm.api("/organizations/globex/membership-requests");
        JsonNode pending = realm.http().get(requests + "?status=pending").bearer(bob).send().expect(200).json();
        assertThat(pending.toString()).contains(request.path("id").asText()).contains(name);
        assertError(realm.http().get(requests).bearer(token(realm, "carol")).send(), 404, "not_found");
        assertError(realm.http().post(requests + "/" + request.path("id").asText() + "/approve").bearer(hank).send(), 404,
                "not_found");

        JsonNode approved = realm.http().post(requests + "/" + request.path("id").asText() + "/approve").bearer(bob).send()
                .expect(200).json();
        assertThat(approved.path("status").asText()).isEqualTo("approved");

        JsonNode memberships = realm.http().get(realm.api("/me/organizations")).bearer(hank).send().expect(200).json();
        assertThat(memberships.toString()).contains("\"globex\"").contains("org:member");
        assertThat(suggestions(hank)).isEmpty();
        assertError(realm.http().post(requests + "/" + request.path("id").asText() + "/approve").bearer(bob).send(), 409,
                "request_not_pending");
    }

    @Test
    void aRejectedUserIsNotAMemberAndNoLongerSeesTheSuggestion() {
        String name = TestRealm.unique("ivy");
        user(realm, name, name + "@" + suggestingDomain, true);
        String ivy = token(realm, name);
        String id = request(ivy, "globex").expect(201).json().path("id").asText();
        String requests = realm.api("/organizations/globex/membership-requests");
        String alice = token(realm, "alice"); // admin of acme, not of globex
        assertError(realm.http().post(requests + "/" + id + "/reject").bearer(alice).send(), 404, "not_found");

        JsonNode rejected = realm.http().post(requests + "/" + id + "/reject").bearer(token(realm, "bob")).send()
                .expect(200).json();

        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(realm.http().get(realm.api("/me/organizations")).bearer(ivy).send().expect(200).json()).isEmpty();
        assertThat(suggestions(ivy)).isEmpty();
        assertError(request(ivy, "globex"), 404, "not_found");
    }

    @Test
    void nobodyAsksToJoinAnOrganizationThatWasNotSuggestedToThem() {
        String name = TestRealm.unique("jack");
        user(realm, name, name + "@" + suggestingDomain, true);
        String jack = token(realm, name);

        assertError(request(jack, "acme"), 404, "not_found");
        assertError(request(token(realm, "carol"), "globex"), 404, "not_found");
        assertError(request(jack, "no-such-org"), 404, "not_found");
        Http.Response empty = realm.http().post(realm.api("/me/membership-requests")).bearer(jack).json(Map.of()).send();
        assertError(empty, 400, "invalid_request");
    }

    @Test
    void removingTheUserOrTheOrganizationLeavesNoRequestRows() {
        Rows rows = new Rows(realm.env().database());
        String name = TestRealm.unique("kim");
        String kimId = user(realm, name, name + "@" + suggestingDomain, true);
        request(token(realm, name), "globex").expect(201);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_MEMBERSHIP_REQUEST WHERE USER_ID = ?", kimId)).isEqualTo(1);

        realm.admin().delete(realm.adminPath("/users/" + kimId)).expect(204);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_MEMBERSHIP_REQUEST WHERE USER_ID = ?", kimId)).isZero();

        String alice = token(realm, "alice");
        String orgId = realm.http().post(realm.api("/organizations")).bearer(alice)
                .json(Map.of("name", TestRealm.unique("Short Lived"))).send().expect(201).json().path("id").asText();
        String domain = uniqueDomain("short");
        verifiedDomain(realm, alice, orgId, domain, "automatic_suggestion");
        String lee = TestRealm.unique("lee");
        user(realm, lee, lee + "@" + domain, true);
        request(token(realm, lee), orgId).expect(201);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_MEMBERSHIP_REQUEST WHERE ORGANIZATION_ID = ?", orgId)).isEqualTo(1);

        realm.http().delete(realm.api("/organizations/" + orgId)).bearer(alice).send().expect(204);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_MEMBERSHIP_REQUEST WHERE ORGANIZATION_ID = ?", orgId)).isZero();
    }

    private static JsonNode myInvitations(String bearer) {
        return realm.http().get(realm.api("/me/invitations")).bearer(bearer).send().expect(200).json();
    }

    private static JsonNode suggestions(String bearer) {
        return realm.http().get(realm.api("/me/organization-suggestions")).bearer(bearer).send().expect(200).json();
    }

    private static Http.Response request(String bearer, String org) {
        return realm.http().post(realm.api("/me/membership-requests")).bearer(bearer).json(Map.of("organization", org)).send();
    }

    /**
     * Signs a new user in at the inviting domain and waits for their invitation: enrollment work of
     * every earlier sign-in has run by then, so a test can assert that it created nothing.
     */
    private static void witnessSignIn() {
        String name = TestRealm.unique("witness");
        user(realm, name, name + "@" + invitingDomain, true);
        String witness = token(realm, name);
        Eventually.until("the witness's automatic invitation", Duration.ofSeconds(10), () -> myInvitations(witness).size() == 1);
    }
}
