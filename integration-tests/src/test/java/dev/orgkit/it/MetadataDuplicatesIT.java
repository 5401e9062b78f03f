package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Images;
import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.TestRealm;

/**
 * Changes kept in orgkit's own organization and membership records, as parallel duplicates: 30
 * identical metadata PATCHes, logo uploads or logo removals all succeed and record one change (one
 * audit entry, so one webhook), decided on the latest committed rows on every database.
 */
class MetadataDuplicatesIT {

    private static final int COPIES = 30;
    private static final Map<String, Object> METADATA = Map.of("plan", Map.of("seats", 7), "tags", List.of("x"));

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void thirtyParallelIdenticalOrganizationMetadataChangesRecordOneChange() throws Exception {
        String owner = realm.createUserAndReturnName();
        String slug = TestRealm.unique("meta");
        String id = realm.createOrganization(slug, slug, owner).path("id").asText();
        String token = realm.login(owner).accessToken();

        List<Integer> statuses = Race.copies(COPIES, () -> realm.http().patch(realm.api("/organizations/" + id)).bearer(token)
                .json(Map.of("public_metadata", METADATA)).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnly(200);
        assertThat(auditEntries(id, "organization.updated", id)).hasSize(1);
        JsonNode read = realm.http().get(realm.api("/organizations/" + id)).bearer(token).send().expect(200).json();
        assertThat(read.path("public_metadata").path("plan").path("seats").asInt()).isEqualTo(7);
    }

    @Test
    void thirtyParallelIdenticalMemberMetadataChangesRecordOneChange() throws Exception {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        String slug = TestRealm.unique("mmeta");
        String id = realm.createOrganization(slug, slug, owner).path("id").asText();
        realm.addMember(id, member, "org:member");
        String memberId = realm.admin().userId(realm.name(), member);
        String token = realm.login(owner).accessToken();

        List<Integer> statuses = Race.copies(COPIES, () -> realm.http().patch(realm.api("/organizations/" + id + "/members/" + memberId))
                .bearer(token).json(Map.of("public_metadata", METADATA)).send().status());

        assertThat(statuses).as(statuses.toString()).containsOnly(200);
        assertThat(auditEntries(id, "member.metadata_changed", memberId)).hasSize(1);
    }

    @Test
    void thirtyParallelIdenticalLogoUploadsAndThenRemovalsRecordOneChangeEach() throws Exception {
        String owner = realm.createUserAndReturnName();
        String slug = TestRealm.unique("logo");
        String id = realm.createOrganization(slug, slug, owner).path("id").asText();
        String token = realm.login(owner).accessToken();
        String logo = realm.api("/organizations/" + id + "/logo");
        byte[] png = Images.png(7);

        List<Integer> uploads = Race.copies(COPIES, () -> realm.http().put(logo).bearer(token).bytes("image/png", png).send().status());
        assertThat(uploads).as(uploads.toString()).containsOnly(200);
        assertThat(auditEntries(id, "organization.updated", id)).hasSize(1);

        List<Integer> removals = Race.copies(COPIES, () -> realm.http().delete(logo).bearer(token).send().status());
        assertThat(removals).as(removals.toString()).containsOnly(200);
        assertThat(auditEntries(id, "organization.updated", id)).hasSize(2);
        JsonNode read = realm.http().get(realm.api("/organizations/" + id)).bearer(token).send().expect(200).json();
        assertThat(read.path("has_image").asBoolean()).isFalse();
    }

    private static List<JsonNode> auditEntries(String orgId, String action, String targetId) {
        JsonNode entries = realm.admin().get(realm.adminPath("/orgkit/audit-log?organization=" + orgId + "&action=" + action + "&max=100"))
                .expect(200).json();
        List<JsonNode> matching = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("target").path("id").asText().equals(targetId)) {
                matching.add(e);
            }
        });
        return matching;
    }
}
