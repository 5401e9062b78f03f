package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.ClerkAuth;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens from a mapper with {@code orgkit.compact} on, read by Clerk's own SDK code
 * ({@link ClerkAuth}): what Clerk makes of {@code v}, {@code fea} and {@code o} is what orgkit's
 * flat claims say, with system permissions left out unless {@code orgkit.system-permissions} is on.
 */
class ClerkSessionTokenIT {

    private static final String CLIENT = "orgkit-clerk-cli";
    private static final List<String> ADMIN_CUSTOM = List.of("org:invoices:manage", "org:invoices:read",
            "org:reports:export", "org:reports:read");
    private static final List<String> ANALYST_CUSTOM = List.of("org:invoices:read", "org:reports:export", "org:reports:read");

    @RegisterExtension
    static final TestRealm defaults = TestRealm.fixture("orgkit-clerk-tokens.json");

    @RegisterExtension
    static final TestRealm withSystemPermissions = TestRealm.fixture("orgkit-clerk-tokens.json")
            .customize(realm -> ((ObjectNode) realm.path("clients").get(0).path("protocolMappers").get(0).path("config"))
                    .put("orgkit.system-permissions", "true"));

    @Test
    void clerkReadsAnAdminsOrganizationRoleAndCustomPermissions() {
        Member admin = member(defaults, "org:admin");

        ClerkAuth clerk = ClerkAuth.read(admin.token(), List.of(Map.of("role", "org:admin"),
                Map.of("permission", "org:reports:export"), Map.of("permission", "org:sys_memberships:manage")));

        assertThat(clerk.orgId()).isEqualTo(admin.orgId()).isEqualTo(admin.access().path("org_id").asText());
        assertThat(clerk.orgSlug()).isEqualTo(admin.slug()).isEqualTo(admin.access().path("org_slug").asText());
        assertThat(clerk.orgRole()).isEqualTo("org:admin").isEqualTo(admin.access().path("org_role").asText());
        assertThat(clerk.orgPermissions()).containsExactlyInAnyOrderElementsOf(flatPermissions(admin))
                .containsExactlyInAnyOrderElementsOf(ADMIN_CUSTOM);
        assertThat(clerk.has()).containsExactly(true, true, false);
    }

    @Test
    void clerkReadsAMembersCustomRoleWithPermissionNamesSharedByFeatures() {
        Member analyst = member(defaults, "org:analyst");

        ClerkAuth clerk = ClerkAuth.read(analyst.token(), List.of(Map.of("role", "org:analyst"),
                Map.of("permission", "org:reports:export"), Map.of("permission", "org:invoices:manage")));

        assertThat(clerk.orgId()).isEqualTo(analyst.orgId());
        assertThat(clerk.orgSlug()).isEqualTo(analyst.slug());
        assertThat(clerk.orgRole()).isEqualTo("org:analyst").isEqualTo(analyst.access().path("org_role").asText());
        assertThat(clerk.orgPermissions()).containsExactlyInAnyOrderElementsOf(flatPermissions(analyst))
                .containsExactlyInAnyOrderElementsOf(ANALYST_CUSTOM);
        assertThat(clerk.has()).containsExactly(true, true, false);
        assertThat(analyst.access().path("v").asInt()).isEqualTo(2);
        assertThat(analyst.access().path("fea").asText()).isEqualTo("o:invoices,o:reports");
        assertThat(analyst.access().path("o").path("per").asText()).isEqualTo("export,read");
        assertThat(analyst.access().path("o").path("fpm").asText()).isEqualTo("2,3");
    }

    @Test
    void systemPermissionsAreLeftOutOfTheFlatClaimsByDefault() {
        assertThat(flatPermissions(member(defaults, "org:admin"))).containsExactlyElementsOf(ADMIN_CUSTOM);
        assertThat(flatPermissions(member(defaults, "org:analyst"))).containsExactlyElementsOf(ANALYST_CUSTOM);
        assertThat(flatPermissions(member(defaults, "org:member"))).isEmpty();
    }

    @Test
    void withTheOptionOnSystemPermissionsAreInTheFlatClaimsAndInWhatClerkReads() {
        Member admin = member(withSystemPermissions, "org:admin");
        Member analyst = member(withSystemPermissions, "org:analyst");

        assertThat(flatPermissions(admin)).containsAll(ADMIN_CUSTOM)
                .contains("org:sys_memberships:manage", "org:sys_memberships:read", "org:sys_profile:delete", "org:sys_profile:manage")
                .isSorted();
        assertThat(flatPermissions(analyst)).containsExactly("org:invoices:read", "org:reports:export", "org:reports:read",
                "org:sys_memberships:read");
        for (Member member : List.of(admin, analyst)) {
            ClerkAuth clerk = ClerkAuth.read(member.token(), List.of(Map.of("permission", "org:sys_memberships:read")));
            assertThat(clerk.orgPermissions()).containsExactlyInAnyOrderElementsOf(flatPermissions(member));
            assertThat(clerk.has()).containsExactly(true);
        }
    }

    @Test
    void withoutAnActiveOrganizationClerkSeesNone() {
        String user = TestRealm.unique("loner");
        defaults.createUser(user);
        Tokens.TokenSet tokens = defaults.tokens().password(defaults.name(), CLIENT, user, user);

        ClerkAuth clerk = ClerkAuth.read(tokens.accessToken(), List.of(Map.of("permission", "org:invoices:read")));

        assertThat(tokens.access().path("v").asInt()).isEqualTo(2);
        assertThat(tokens.access().has("o")).isFalse();
        assertThat(clerk.orgId()).isNull();
        assertThat(clerk.orgPermissions()).isNull();
        assertThat(clerk.has()).containsExactly(false);
    }

    private record Member(String orgId, String slug, String token, JsonNode access) { }

    /** A new user who is a member of one new organization (so it is active) with {@code role}. */
    private static Member member(TestRealm realm, String role) {
        String owner = TestRealm.unique("owner");
        realm.createUser(owner);
        String slug = TestRealm.unique("org");
        String orgId = realm.createOrganization(slug, slug, owner).path("id").asText();
        String user = owner;
        if (!"org:admin".equals(role)) {
            user = TestRealm.unique("member");
            realm.createUser(user);
            realm.addMember(slug, user, role);
        }
        Tokens.TokenSet tokens = realm.tokens().password(realm.name(), CLIENT, user, user);
        return new Member(orgId, slug, tokens.accessToken(), tokens.access());
    }

    private static List<String> flatPermissions(Member member) {
        return TokenClaimsIT.strings(member.access().path("org_permissions"));
    }
}
