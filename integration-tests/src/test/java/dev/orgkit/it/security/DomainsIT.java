package dev.orgkit.it.security;

import static dev.orgkit.it.security.DomainFixtures.add;
import static dev.orgkit.it.security.DomainFixtures.assertError;
import static dev.orgkit.it.security.DomainFixtures.dns;
import static dev.orgkit.it.security.DomainFixtures.domains;
import static dev.orgkit.it.security.DomainFixtures.token;
import static dev.orgkit.it.security.DomainFixtures.uniqueDomain;
import static dev.orgkit.it.security.DomainFixtures.verify;
import static dev.orgkit.it.security.DomainFixtures.verifiedDomain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;
import java.util.Map;

import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The domains of an organization: adding, DNS verification, enrollment mode, removal, who may do what. */
class DomainsIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(json -> {
        json.put("adminEventsEnabled", true);
        json.put("adminEventsDetailsEnabled", true);
    });

    private static String superadmin;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void superadmin() {
        superadmin = realm.createUserAndReturnName();
        realm.grantRealmRole(realm.admin().userId(realm.name(), superadmin), "orgkit-superadmin");
        receiver = new WebhookReceiver();
        new Webhooks(realm).create(Map.of("url", receiver.url("/domains")));
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aDomainIsClerksOrganizationDomainInAnswersAndWebhooksWithOneIdFromClaimToDeletion() {
        String alice = token(realm, "alice");
        String domain = uniqueDomain("Shape").toLowerCase();
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();

        JsonNode added = add(realm, alice, "acme", domain, "automatic_invitation").expect(201).json();
        String id = added.path("id").asText();
        assertThat(added.path("object").asText()).isEqualTo("organization_domain");
        assertThat(id).hasSize(36);
        assertThat(added.path("name").asText()).isEqualTo(domain);
        assertThat(added.path("organization_id").asText()).isEqualTo(orgId);
        assertThat(added.path("enrollment_mode").asText()).isEqualTo("automatic_invitation");
        assertThat(added.path("verification").path("status").asText()).isEqualTo("unverified");
        assertThat(added.path("verification").path("strategy").asText()).isEqualTo("dns_txt");
        assertThat(added.path("verification").has("attempts")).isTrue();
        assertThat(added.path("verification").has("expires_at")).isTrue();
        assertThat(added.has("affiliation_email_address")).isTrue();
        assertThat(added.path("affiliation_email_address").isNull()).isTrue();
        assertThat(added.path("created_at").asLong()).isPositive();
        assertThat(added.path("updated_at").asLong()).isEqualTo(added.path("created_at").asLong());
        assertThat(added.path("total_pending_invitations").asLong()).isZero();
        assertThat(added.path("total_pending_suggestions").asLong()).isZero();
        assertThat(added.path("display_name").asText()).isEqualTo(domain);
        assertThat(added.path("verified").asBoolean()).isFalse();

        realm.http().post(realm.api("/organizations/acme/invitations")).bearer(alice)
                .json(Map.of("email", "someone@" + domain, "role", "org:member")).send().expect(201);
        dns().txt(added.path("verification").path("name").asText(), added.path("verification").path("value").asText());
        JsonNode verified = verify(realm, alice, "acme", domain).expect(200).json();
        assertThat(verified.path("id").asText()).isEqualTo(id);
        assertThat(verified.path("verification").path("status").asText()).isEqualTo("verified");
        assertThat(verified.path("created_at").asLong()).isEqualTo(added.path("created_at").asLong());
        assertThat(verified.path("updated_at").asLong()).isGreaterThanOrEqualTo(added.path("updated_at").asLong());
        assertThat(verified.path("total_pending_invitations").asLong()).isEqualTo(1);

        JsonNode createdEvent = awaitDomainEvent("organizationDomain.created", id);
        assertThat(createdEvent.path("object").asText()).isEqualTo("organization_domain");
        assertThat(createdEvent.path("verification").path("status").asText()).isEqualTo("unverified");
        JsonNode updatedEvent = awaitDomainEvent("organizationDomain.updated", id);
        assertThat(updatedEvent.path("name").asText()).isEqualTo(domain);

        realm.http().delete(domains(realm, "acme") + "/" + domain).bearer(alice).send().expect(204);
        JsonNode deleted = awaitDomainEvent("organizationDomain.deleted", id);
        assertThat(deleted.path("object").asText()).isEqualTo("organization_domain");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.has("name")).isFalse();
    }

    private static JsonNode awaitDomainEvent(String type, String id) {
        return receiver.await(type, d -> type.equals(d.type()) && id.equals(d.data().path("id").asText()),
                Duration.ofSeconds(45)).data();
    }

    @Test
    void aDomainIsVerifiedOnlyWhenItsTxtRecordHoldsTheExpectedValue() {
        String alice = token(realm, "alice");
        String domain = uniqueDomain("Verify");

        JsonNode added = add(realm, alice, "acme", domain.toUpperCase() + ".", "automatic_invitation").expect(201).json();
        assertThat(added.path("name").asText()).isEqualTo(domain.toLowerCase());
        domain = domain.toLowerCase();
        assertThat(added.path("verified").asBoolean()).isFalse();
        assertThat(added.path("enrollment_mode").asText()).isEqualTo("automatic_invitation");
        String recordName = added.path("verification").path("name").asText();
        String recordValue = added.path("verification").path("value").asText();
        assertThat(added.path("verification").path("type").asText()).isEqualTo("TXT");
        assertThat(recordName).isEqualTo("_orgkit-verification." + domain);
        assertThat(recordValue).matches("orgkit-verification=[A-Za-z0-9_-]{43}");

        Http.Response missing = verify(realm, alice, "acme", domain);
        assertError(missing, 409, "domain_verification_failed");
        assertThat(missing.json().path("expected").path("name").asText()).isEqualTo(recordName);
        assertThat(missing.json().path("expected").path("value").asText()).isEqualTo(recordValue);
        assertThat(missing.json().path("found")).isEmpty();
        assertThat(missing.json().path("error_description").asText()).contains(recordValue).contains("no TXT record");

        dns().txt(recordName, "orgkit-verification=somebody-else");
        Http.Response wrong = verify(realm, alice, "acme", domain);
        assertError(wrong, 409, "domain_verification_failed");
        assertThat(wrong.json().path("found").get(0).asText()).contains("somebody-else");
        assertThat(realm.http().get(domains(realm, "acme") + "/" + domain).bearer(alice).send().expect(200).json()
                .path("verified").asBoolean()).isFalse();

        dns().txt(recordName, "v=spf1 -all", recordValue);
        JsonNode verified = verify(realm, alice, "acme", domain).expect(200).json();
        assertThat(verified.path("verified").asBoolean()).isTrue();

        // the native domain is verified: Keycloak's own admin API shows it
        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        JsonNode nativeOrg = realm.admin().get(realm.adminPath("/organizations/" + orgId)).expect(200).json();
        String finalDomain = domain;
        assertThat(nativeOrg.path("domains")).anySatisfy(d -> {
            assertThat(d.path("name").asText()).isEqualTo(finalDomain);
            assertThat(d.path("verified").asBoolean()).isTrue();
        });
        JsonNode audit = realm.http().get(realm.api("/organizations/acme/audit-log?action=domain.verified")).bearer(alice)
                .send().expect(200).json();
        assertThat(audit.toString()).contains(domain);
    }

    @Test
    void publicEmailDomainsAndMalformedNamesAreRefused() {
        String alice = token(realm, "alice");
        for (String name : new String[] {"gmail.com", "GMAIL.COM.", "outlook.com", "proton.me"}) {
            assertError(add(realm, alice, "acme", name, null), 400, "public_domain");
        }
        for (String name : new String[] {"localhost", "https://acme.example", "bob@acme.example", "*.acme.example", "10.0.0.1"}) {
            assertError(add(realm, alice, "acme", name, null), 400, "invalid_domain");
        }
        assertError(add(realm, alice, "acme", uniqueDomain("mode"), "automatic"), 400, "invalid_request");
    }

    @Test
    void aVerifiedDomainOfAnotherOrganizationCannotBeClaimedAndNoDomainTwiceByTheSame() {
        String domain = uniqueDomain("taken");
        verifiedDomain(realm, token(realm, "alice"), "acme", domain, null);

        assertError(add(realm, token(realm, "bob"), "globex", domain, null), 409, "domain_taken");
        assertError(add(realm, token(realm, "alice"), "acme", domain, null), 409, "domain_exists");
    }

    @Test
    void onlyMembersWithTheDomainPermissionsSeeOrChangeDomainsAndOutsidersSeeNothing() {
        String domain = uniqueDomain("perm");
        add(realm, token(realm, "alice"), "acme", domain, null).expect(201);
        String bob = token(realm, "bob");     // org:member of acme: no org:sys_domains:* permission
        String carol = token(realm, "carol"); // no organization

        assertError(realm.http().get(domains(realm, "acme")).bearer(bob).send(), 403, "forbidden");
        assertError(add(realm, bob, "acme", uniqueDomain("bob"), null), 403, "forbidden");
        assertError(verify(realm, bob, "acme", domain), 403, "forbidden");
        assertError(realm.http().delete(domains(realm, "acme") + "/" + domain).bearer(bob).send(), 403, "forbidden");

        assertError(realm.http().get(domains(realm, "acme")).bearer(carol).send(), 404, "not_found");
        assertError(add(realm, carol, "acme", uniqueDomain("carol"), null), 404, "not_found");
        assertError(realm.http().get(domains(realm, "acme") + "/" + domain).bearer(carol).send(), 404, "not_found");

        assertThat(realm.http().get(domains(realm, "acme")).send().status()).isEqualTo(401);

        String sam = token(realm, superadmin);
        add(realm, sam, "acme", uniqueDomain("sam"), null).expect(201);
        assertThat(realm.http().get(domains(realm, "acme")).bearer(sam).send().expect(200).json().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEnrollmentModeChangesAndADeletedDomainLeavesNoAttributeBehind() {
        String alice = token(realm, "alice");
        String domain = uniqueDomain("patch");
        add(realm, alice, "acme", domain, null).expect(201);
        String path = domains(realm, "acme") + "/" + domain;

        assertThat(realm.http().get(path).bearer(alice).send().expect(200).json().path("enrollment_mode").asText())
                .isEqualTo("manual_invitation");
        JsonNode patched = realm.http().patch(path).bearer(alice).json(Map.of("enrollment_mode", "automatic_suggestion"))
                .send().expect(200).json();
        assertThat(patched.path("enrollment_mode").asText()).isEqualTo("automatic_suggestion");
        assertError(realm.http().patch(path).bearer(alice).json(Map.of("enrollment_mode", "sometimes")).send(), 400,
                "invalid_request");
        assertError(realm.http().patch(path).bearer(alice).json(Map.of("name", "other.example")).send(), 400,
                "name_immutable");

        String orgId = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        assertThat(realm.admin().get(realm.adminPath("/organizations/" + orgId)).expect(200).json().path("attributes").has(
                "orgkit.domain." + domain)).isTrue();

        realm.http().delete(path).bearer(alice).send().expect(204);

        assertError(realm.http().get(path).bearer(alice).send(), 404, "not_found");
        JsonNode nativeOrg = realm.admin().get(realm.adminPath("/organizations/" + orgId)).expect(200).json();
        assertThat(nativeOrg.path("attributes").has("orgkit.domain." + domain)).isFalse();
        assertThat(nativeOrg.path("domains").toString()).doesNotContain(domain);
        // and the name is free again, for another organization too
        add(realm, token(realm, "bob"), "globex", domain, null).expect(201);
    }
}
