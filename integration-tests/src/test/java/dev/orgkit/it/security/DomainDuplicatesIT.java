package dev.orgkit.it.security;

import static dev.orgkit.it.security.DomainFixtures.add;
import static dev.orgkit.it.security.DomainFixtures.domains;
import static dev.orgkit.it.security.DomainFixtures.token;
import static dev.orgkit.it.security.DomainFixtures.user;
import static dev.orgkit.it.security.DomainFixtures.verifiedDomain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.TestRealm;

/**
 * Parallel duplicates of domain and membership-request changes: one changes the state, the others
 * answer a documented 404 or 409, and the one change is recorded once.
 */
class DomainDuplicatesIT {

    private static final int COPIES = 30;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void thirtyParallelRemovalsOfOneDomainRemoveItOnce() throws Exception {
        Org org = Org.create();
        String domain = DomainFixtures.uniqueDomain("gone");
        add(realm, org.ownerToken, org.slug, domain, null).expect(201);

        List<Integer> statuses = Race.copies(COPIES, () -> realm.http().delete(domains(realm, org.slug) + "/" + domain)
                .bearer(org.ownerToken).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(audit(org, "domain.removed", domain)).hasSize(1);
        realm.http().get(domains(realm, org.slug) + "/" + domain).bearer(org.ownerToken).send().expect(404);
    }

    @Test
    void thirtyParallelIdenticalEnrollmentChangesRecordOneChange() throws Exception {
        Org org = Org.create();
        String domain = DomainFixtures.uniqueDomain("mode");
        add(realm, org.ownerToken, org.slug, domain, "manual_invitation").expect(201);

        List<Integer> statuses = Race.copies(COPIES, () -> realm.http().patch(domains(realm, org.slug) + "/" + domain)
                .bearer(org.ownerToken).json(Map.of("enrollment_mode", "automatic_suggestion")).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnly(200);
        assertThat(audit(org, "domain.updated", domain)).hasSize(1);
        JsonNode read = realm.http().get(domains(realm, org.slug) + "/" + domain).bearer(org.ownerToken).send().expect(200).json();
        assertThat(read.path("enrollment_mode").asText()).isEqualTo("automatic_suggestion");
    }

    @Test
    void thirtyParallelApprovalsOfOneMembershipRequestAddTheMemberOnce() throws Exception {
        Org org = Org.create();
        String domain = DomainFixtures.uniqueDomain("asks");
        verifiedDomain(realm, org.ownerToken, org.slug, domain, "automatic_suggestion");
        String name = TestRealm.unique("asker");
        String userId = user(realm, name, name + "@" + domain, true);
        String request = realm.http().post(realm.api("/me/membership-requests")).bearer(token(realm, name))
                .json(Map.of("organization", org.slug)).send().expect(201).json().path("id").asText();
        String approve = realm.api("/organizations/" + org.slug + "/membership-requests/" + request + "/approve");

        List<Integer> statuses = Race.copies(COPIES, () -> realm.http().post(approve).bearer(org.ownerToken).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(audit(org, "membership_request.approved", request)).hasSize(1);
        assertThat(audit(org, "member.added", userId)).hasSize(1);
    }

    private static List<JsonNode> audit(Org org, String action, String targetId) {
        JsonNode entries = realm.admin().get(realm.adminPath("/orgkit/audit-log?organization=" + org.id + "&action=" + action
                + "&max=100")).expect(200).json();
        List<JsonNode> matching = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("target").path("id").asText().equals(targetId)) {
                matching.add(e);
            }
        });
        return matching;
    }

    private record Org(String id, String slug, String ownerToken) {
        static Org create() {
            String owner = realm.createUserAndReturnName();
            String slug = TestRealm.unique("domdup");
            String id = realm.createOrganization(slug, slug, owner).path("id").asText();
            return new Org(id, slug, realm.login(owner).accessToken());
        }
    }
}
