package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, reading, changing and deleting organizations through the self-service API. */
class OrganizationApiIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(r -> ((ObjectNode) r.path("attributes"))
            .put("orgkit.creation-limit", "3"));

    @Test
    void aUserCreatesAnOrganizationAndBecomesItsAdmin() {
        String user = user();

        JsonNode org = create(user, Map.of("name", "Initech " + user)).expect(201).json();

        assertThat(org.path("slug").asText()).isEqualTo(("initech-" + user).toLowerCase());
        assertThat(org.path("members_count").asInt()).isEqualTo(1);
        JsonNode mine = me(user, "/me/organizations").json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("role").asText()).isEqualTo("org:admin");
        assertThat(realm.login(user).access().path("org_slug").asText()).isEqualTo(org.path("slug").asText());
    }

    @Test
    void aMissingSlugIsMadeFromTheNameAndMadeUnique() {
        String a = user();
        String b = user();
        String name = "Umbrella " + a;

        String first = create(a, Map.of("name", name)).expect(201).json().path("slug").asText();
        String second = create(b, Map.of("name", name + " Two", "slug", first + "-2")).expect(201).json().path("slug").asText();
        String third = create(realmUserWithLimit(), Map.of("name", "Ümbrella! " + a)).expect(201).json().path("slug").asText();

        assertThat(first).isEqualTo("umbrella-" + a.toLowerCase());
        assertThat(second).isEqualTo(first + "-2");
        assertThat(third).isEqualTo(first + "-3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Upper", "-lead", "trail-", "dou--ble", "spa ce", "under_score", "admin", "well-known"})
    void badOrReservedSlugsAreRefusedWithAClearError(String slug) {
        Http.Response response = create(user(), Map.of("name", "Slug test " + slug, "slug", slug));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("invalid_slug");
        assertThat(response.json().path("error_description").asText()).isNotBlank();
    }

    @Test
    void aTakenSlugOrNameIsAConflict() {
        Http.Response slugTaken = create(user(), Map.of("name", "Another Acme", "slug", "acme"));
        Http.Response nameTaken = create(user(), Map.of("name", "Acme"));

        assertThat(slugTaken.status()).isEqualTo(409);
        assertThat(slugTaken.json().path("error").asText()).isEqualTo("slug_taken");
        assertThat(nameTaken.status()).isEqualTo(409);
        assertThat(nameTaken.json().path("error").asText()).isEqualTo("name_taken");
    }

    @Test
    void creationFollowsThePolicyAndTheLimit() {
        String user = user();
        for (int i = 1; i <= 3; i++) {
            create(user, Map.of("name", "Limit " + user + " " + i)).expect(201);
        }

        Http.Response fourth = create(user, Map.of("name", "Limit " + user + " 4"));

        assertThat(fourth.status()).isEqualTo(403);
        assertThat(fourth.json().path("error").asText()).isEqualTo("creation_limit_reached");
    }

    @Test
    void aBadBodyIsA400AndNeverA500() {
        String user = user();
        assertThat(create(user, Map.of()).status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "  ")).status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "x".repeat(256))).status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "Meta", "public_metadata", "not an object")).status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "Meta", "public_metadata", Map.of("blob", "x".repeat(9000)))).status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "Meta", "unknown_field", 1)).status()).isEqualTo(400);
        assertThat(realm.http().post(realm.api("/organizations")).bearer(token(user)).json("[1,2").send().status()).isEqualTo(400);
        assertThat(create(user, Map.of("name", "Meta", "owner", "alice")).status()).isEqualTo(400);
    }

    @Test
    void membersReadPublicMetadataButOnlySuperadminsSeeOrSetPrivateMetadata() {
        String owner = user();
        String slug = create(owner, Map.of("name", "Meta " + owner, "public_metadata", Map.of("plan", "pro"))).expect(201)
                .json().path("slug").asText();

        JsonNode asOwner = me(owner, "/organizations/" + slug).json();
        assertThat(asOwner.path("public_metadata").path("plan").asText()).isEqualTo("pro");
        assertThat(asOwner.has("private_metadata")).isFalse();
        Http.Response ownerSetsPrivate = patch(owner, slug, Map.of("private_metadata", Map.of("crm", "42")));
        assertThat(ownerSetsPrivate.status()).isEqualTo(403);

        String superadmin = user();
        realm.grantRealmRole(realm.admin().userId(realm.name(), superadmin), "orgkit-superadmin");
        patch(superadmin, slug, Map.of("private_metadata", Map.of("crm", "42"))).expect(200);
        assertThat(me(superadmin, "/organizations/" + slug).json().path("private_metadata").path("crm").asText()).isEqualTo("42");
        assertThat(me(owner, "/organizations/" + slug).json().has("private_metadata")).isFalse();
    }

    @Test
    void anAdminRenamesAndDescribesButCannotChangeTheSlug() {
        String owner = user();
        String slug = create(owner, Map.of("name", "Rename " + owner)).expect(201).json().path("slug").asText();

        JsonNode renamed = patch(owner, slug, Map.of("name", "Renamed " + owner, "description", "hello")).expect(200).json();
        Http.Response slugChange = patch(owner, slug, Map.of("slug", "other-" + slug));

        assertThat(renamed.path("name").asText()).isEqualTo("Renamed " + owner);
        assertThat(renamed.path("description").asText()).isEqualTo("hello");
        assertThat(slugChange.status()).isEqualTo(400);
        assertThat(slugChange.json().path("error").asText()).isEqualTo("slug_immutable");
        assertThat(patch(owner, slug, Map.of("enabled", false)).status()).isEqualTo(403);
    }

    @Test
    void membersListSearchAndPage() {
        String owner = user();
        String slug = create(owner, Map.of("name", "Paging " + owner)).expect(201).json().path("slug").asText();
        for (int i = 0; i < 4; i++) {
            String member = user();
            realm.addMember(slug, member, "org:member");
        }

        JsonNode all = me(owner, "/organizations/" + slug + "/members?max=100").json();
        JsonNode page = me(owner, "/organizations/" + slug + "/members?first=1&max=2").json();
        JsonNode found = me(owner, "/organizations/" + slug + "/members?search=" + owner).json();

        assertThat(all).hasSize(5);
        assertThat(page).hasSize(2);
        assertThat(page.get(0).path("user_id").asText()).isEqualTo(all.get(1).path("user_id").asText());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("role").asText()).isEqualTo("org:admin");
        assertThat(realm.http().get(realm.api("/organizations/" + slug + "/members?max=1000")).bearer(token(owner)).send()
                .status()).isEqualTo(400);
        assertThat(realm.http().get(realm.api("/organizations/" + slug + "/members?first=abc")).bearer(token(owner)).send()
                .status()).isEqualTo(400);
    }

    @Test
    void anAdminChangesRolesAndTheLastAdminCannotLeaveOrBeDemoted() {
        String owner = user();
        String other = user();
        String slug = create(owner, Map.of("name", "Roles " + owner)).expect(201).json().path("slug").asText();
        realm.addMember(slug, other, "org:member");
        String ownerId = realm.admin().userId(realm.name(), owner);
        String otherId = realm.admin().userId(realm.name(), other);

        Http.Response demoteSelf = patchMember(owner, slug, ownerId, "org:member");
        Http.Response leave = realm.http().delete(realm.api("/organizations/" + slug + "/members/" + ownerId)).bearer(token(owner)).send();
        assertThat(demoteSelf.status()).isEqualTo(409);
        assertThat(demoteSelf.json().path("error").asText()).isEqualTo("last_admin");
        assertThat(leave.status()).isEqualTo(409);

        assertThat(patchMember(owner, slug, otherId, "org:admin").expect(200).json().path("role").asText()).isEqualTo("org:admin");
        patchMember(owner, slug, ownerId, "org:member").expect(200);
        assertThat(patchMember(owner, slug, otherId, "org:member").status()).as("owner is no longer an admin").isEqualTo(403);
        assertThat(patchMember(other, slug, otherId, "org:nope").status()).isEqualTo(400);
        realm.http().delete(realm.api("/organizations/" + slug + "/members/" + ownerId)).bearer(token(owner)).send().expect(204);
        assertThat(me(owner, "/me/organizations").json()).isEmpty();
    }

    @Test
    void aMemberCannotGiveOrTakeWhatTheyDoNotHold() {
        String owner = user();
        String billing = user();
        String slug = create(owner, Map.of("name", "Covers " + owner)).expect(201).json().path("slug").asText();
        realm.addMember(slug, billing, "org:billing");
        // a custom role that may manage memberships but holds no invoice permissions
        realm.admin().put(realm.adminPath("/orgkit/roles/org:hr"),
                Map.of("permissions", List.of("org:sys_memberships:read", "org:sys_memberships:manage"))).expect(201);
        String hr = user();
        realm.addMember(slug, hr, "org:hr");
        String billingId = realm.admin().userId(realm.name(), billing);
        String hrId = realm.admin().userId(realm.name(), hr);

        assertThat(patchMember(hr, slug, hrId, "org:admin").status()).as("raising oneself").isEqualTo(403);
        assertThat(patchMember(hr, slug, billingId, "org:member").status()).as("acting on a member holding more").isEqualTo(403);
        assertThat(realm.http().delete(realm.api("/organizations/" + slug + "/members/" + billingId)).bearer(token(hr)).send()
                .status()).isEqualTo(403);
        assertThat(me(owner, "/organizations/" + slug + "/members/" + billingId).json().path("role").asText()).isEqualTo("org:billing");
    }

    @Test
    void anAdminDeletesTheOrganization() {
        String owner = user();
        String slug = create(owner, Map.of("name", "Doomed " + owner)).expect(201).json().path("slug").asText();

        realm.http().delete(realm.api("/organizations/" + slug)).bearer(token(owner)).send().expect(204);

        assertThat(realm.http().get(realm.api("/organizations/" + slug)).bearer(token(owner)).send().status()).isEqualTo(404);
        assertThat(me(owner, "/me/organizations").json()).isEmpty();
    }

    @Test
    void theRoleCatalogIsReadableByAnyUser() {
        JsonNode roles = me("carol", "/roles").json();

        assertThat(TokenClaimsIT.keys(roles)).contains("org:admin", "org:member", "org:billing");
        for (JsonNode role : roles) {
            assertThat(role.path("object").asText()).isEqualTo("role");
            assertThat(role.path("is_creator_eligible").asBoolean()).isEqualTo(role.path("key").asText().equals("org:admin"));
            if (role.path("key").asText().equals("org:member")) {
                assertThat(role.path("name").asText()).isEqualTo("Member");
                assertThat(TokenClaimsIT.keys(role.path("permissions"))).containsExactly("org:sys_memberships:read");
            }
        }
    }

    private String realmUserWithLimit() {
        return user();
    }

    private String user() {
        String name = TestRealm.unique("u");
        realm.createUser(name);
        return name;
    }

    private String token(String user) {
        return realm.login(user).accessToken();
    }

    private Http.Response create(String user, Map<String, ?> body) {
        return realm.http().post(realm.api("/organizations")).bearer(token(user)).json(new HashMap<>(body)).send();
    }

    private Http.Response patch(String user, String slug, Map<String, ?> body) {
        return realm.http().patch(realm.api("/organizations/" + slug)).bearer(token(user)).json(new HashMap<>(body)).send();
    }

    private Http.Response patchMember(String user, String slug, String memberId, String role) {
        return realm.http().patch(realm.api("/organizations/" + slug + "/members/" + memberId)).bearer(token(user))
                .json(Map.of("role", role)).send();
    }

    private Http.Response me(String user, String path) {
        return realm.http().get(realm.api(path)).bearer(token(user)).send().expect(200);
    }
}
