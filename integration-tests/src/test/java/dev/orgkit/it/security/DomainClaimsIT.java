package dev.orgkit.it.security;

import static dev.orgkit.it.security.DomainFixtures.add;
import static dev.orgkit.it.security.DomainFixtures.assertError;
import static dev.orgkit.it.security.DomainFixtures.dns;
import static dev.orgkit.it.security.DomainFixtures.domains;
import static dev.orgkit.it.security.DomainFixtures.token;
import static dev.orgkit.it.security.DomainFixtures.uniqueDomain;
import static dev.orgkit.it.security.DomainFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two organizations claiming one domain: an unverified claim blocks nobody, the first organization
 * to prove the domain gets it, and parallel claims and proofs never answer 500 nor leave the domain
 * with two organizations.
 */
class DomainClaimsIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void anUnverifiedClaimBlocksNobodyAndTheFirstOrganizationToProveTheDomainGetsIt() {
        String alice = token(realm, "alice");
        String bob = token(realm, "bob");
        String domain = uniqueDomain("squat");

        JsonNode acmeClaim = add(realm, alice, "acme", domain, null).expect(201).json();
        JsonNode globexClaim = add(realm, bob, "globex", domain, null).expect(201).json();
        assertThat(globexClaim.path("verification").path("value").asText())
                .isNotEqualTo(acmeClaim.path("verification").path("value").asText());
        assertThat(nativeHolders(domain)).isEmpty();

        // globex publishes its record and proves the domain first
        String record = globexClaim.path("verification").path("name").asText();
        dns().txt(record, globexClaim.path("verification").path("value").asText());
        assertThat(verify(realm, bob, "globex", domain).expect(200).json().path("verified").asBoolean()).isTrue();

        // acme's record is there too, but the domain is globex's now
        dns().txt(record, globexClaim.path("verification").path("value").asText(), acmeClaim.path("verification").path("value").asText());
        assertError(verify(realm, alice, "acme", domain), 409, "domain_taken");
        assertThat(nativeHolders(domain)).containsExactly("globex");
        JsonNode acmeView = realm.http().get(domains(realm, "acme") + "/" + domain).bearer(alice).send().expect(200).json();
        assertThat(acmeView.path("verified").asBoolean()).isFalse();
        // acme can drop its stale claim; a new claim of the verified domain is refused
        realm.http().delete(domains(realm, "acme") + "/" + domain).bearer(alice).send().expect(204);
        assertError(add(realm, alice, "acme", domain, null), 409, "domain_taken");
    }

    @Test
    void twentyFiveParallelClaimsFromEachOfTwoOrganizationsGiveEachOneClaimAndNo500() throws Exception {
        String alice = token(realm, "alice");
        String bob = token(realm, "bob");
        String domain = uniqueDomain("race");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            calls.add(() -> add(realm, alice, "acme", domain, null).status());
            calls.add(() -> add(realm, bob, "globex", domain, null).status());
        }

        List<Integer> statuses = race(calls);

        List<Integer> acme = new ArrayList<>();
        List<Integer> globex = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            (i % 2 == 0 ? acme : globex).add(statuses.get(i));
        }
        assertThat(acme).as("acme " + acme).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(globex).as("globex " + globex).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(nativeHolders(domain)).isEmpty();
        // and the name still works for both afterwards
        realm.http().get(domains(realm, "acme") + "/" + domain).bearer(alice).send().expect(200);
        realm.http().get(domains(realm, "globex") + "/" + domain).bearer(bob).send().expect(200);
    }

    @Test
    void parallelProofsFromTwoOrganizationsGiveTheDomainToExactlyOne() throws Exception {
        String alice = token(realm, "alice");
        String bob = token(realm, "bob");
        String domain = uniqueDomain("proof");
        JsonNode acmeClaim = add(realm, alice, "acme", domain, null).expect(201).json();
        JsonNode globexClaim = add(realm, bob, "globex", domain, null).expect(201).json();
        dns().txt(acmeClaim.path("verification").path("name").asText(), acmeClaim.path("verification").path("value").asText(),
                globexClaim.path("verification").path("value").asText());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            calls.add(() -> verify(realm, alice, "acme", domain).status());
            calls.add(() -> verify(realm, bob, "globex", domain).status());
        }

        List<Integer> statuses = race(calls);

        assertThat(statuses).as(statuses.toString()).containsOnly(200, 409);
        List<String> holders = nativeHolders(domain);
        assertThat(holders).hasSize(1);
        String winner = holders.get(0);
        for (int i = 0; i < statuses.size(); i++) {
            String org = i % 2 == 0 ? "acme" : "globex";
            assertThat(statuses.get(i)).as(org + " in " + statuses).isEqualTo(org.equals(winner) ? 200 : 409);
        }
        String winnerToken = winner.equals("acme") ? alice : bob;
        JsonNode audit = realm.http().get(realm.api("/organizations/" + winner + "/audit-log?action=domain.verified&max=100"))
                .bearer(winnerToken).send().expect(200).json();
        assertThat(audit.findValuesAsText("id").stream().filter(id -> id.equals(domain))).hasSize(1);
    }

    /** The aliases of the organizations that hold the domain natively (Keycloak's admin API). */
    private static List<String> nativeHolders(String domain) {
        List<String> holders = new ArrayList<>();
        for (String alias : List.of("acme", "globex")) {
            String id = realm.admin().organizationByAlias(realm.name(), alias).path("id").asText();
            JsonNode org = realm.admin().get(realm.adminPath("/organizations/" + id)).expect(200).json();
            org.path("domains").forEach(d -> {
                if (d.path("name").asText().equals(domain)) {
                    holders.add(alias);
                }
            });
        }
        return holders;
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        return Race.run(calls);
    }
}
