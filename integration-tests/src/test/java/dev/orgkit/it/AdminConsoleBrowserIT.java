package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The orgkit pages of the admin console (the realm's admin theme {@code orgkit}) in a real browser
 * against the server under test. Each test runs one scenario of
 * {@code integration-tests/browser/admin-console.mjs}; screenshots go to
 * {@code integration-tests/target/screenshots/}, and with {@code -Dorgkit.it.refreshDocImages=true}
 * the {@code admin-console-*.png} ones are also copied to {@code docs/images/admin-console/}.
 *
 * <p>Two realms: a copy of the demo realm (its admin theme is orgkit) with a full realm admin olga
 * and a view-only admin victor, and a second realm, also on the orgkit admin theme, whose admin
 * oscar must not reach the first realm's orgkit data.
 */
@Tag("browser")
class AdminConsoleBrowserIT {

    /** A value of the first realm's policy that only its admins may see: the other realm's admin looks for it. */
    static final String FIRST_REALM_MARK = "first-realm-only-slug";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(AdminConsoleBrowserIT::prepare);

    @RegisterExtension
    static final TestRealm otherRealm = TestRealm.fixture("orgkit-minimal.json").customize(AdminConsoleBrowserIT::prepareOther);

    private static final BrowserScript browser = BrowserScript.fromBuild();

    @BeforeAll
    static void tooling() {
        browser.requireTooling();
        // What the scenarios rely on: both consoles are orgkit's.
        assertThat(realm.admin().realm(realm.name()).path("adminTheme").asText()).isEqualTo("orgkit");
        assertThat(realm.admin().realm(otherRealm.name()).path("adminTheme").asText()).isEqualTo("orgkit");
    }

    @AfterAll
    static void refreshDocImages() {
        if (Boolean.getBoolean("orgkit.it.refreshDocImages")) {
            Path docs = Path.of(System.getProperty("orgkit.it.docsDir", "../docs")).toAbsolutePath().normalize();
            copyScreenshots(browser.screenshots(), docs.resolve("images/admin-console"));
        }
    }

    @Test
    void aRealmAdminSeesKeycloaksNavigationAndTheOrgkitGroup() {
        scenario("admin-sees-orgkit-navigation");
    }

    @Test
    void aRealmAdminChangesThePolicyAndARefusedValueShowsTheApisWords() {
        scenario("admin-changes-policy");
    }

    @Test
    void aViewOnlyAdminSeesThePolicyReadOnlyAndTheApiRefusesHisChange() {
        scenario("viewer-sees-policy-read-only");
    }

    @Test
    void anotherRealmsAdminCannotSeeThisRealmsPolicy() {
        scenario("other-realm-admin-cannot-see");
    }

    @Test
    void aRealmAdminEditsTheRolesMatrixRenamesAndDeletes() {
        scenario("admin-edits-role-matrix");
    }

    @Test
    void aRealmAdminChangesAMembersRoleAddsAndRemovesAMember() {
        scenario("admin-manages-members");
    }

    @Test
    void aRealmAdminInvitesTwoAddressesResendsOneAndRevokesTheOther() {
        scenario("admin-manages-invitations");
    }

    @Test
    void aRealmAdminManagesADomainMfaTheMembershipLimitAndEnabled() {
        scenario("admin-manages-domains-and-settings");
    }

    @Test
    void aRealmAdminCreatesAWebhookSeesItsSecretOnceRotatesItAndReplaysADelivery() {
        scenario("admin-manages-webhooks");
    }

    @Test
    void theAuditLogFiltersByActionActorAndTimeAsTheApiDoes() {
        scenario("admin-filters-audit-log");
    }

    @Test
    void aViewOnlyAdminCannotChangeAnythingInAnyOrgkitPage() {
        scenario("viewer-cannot-change-anything");
    }

    @Test
    void anAdminWithViewOrganizationsOnlySeesTheOrganizationPagesReadOnlyAndNoWebhooks() {
        scenario("view-organizations-only");
    }

    /** Gives olga, victor and carol personal organizations; no other scenario needs them without one. */
    @Test
    void aRealmAdminRunsThePersonalOrganizationBackfillToTheEnd() {
        scenario("admin-runs-backfill");
    }

    private static void scenario(String name) {
        List<String> args = List.of(realm.env().server().baseUrl(), realm.name(), browser.screenshots().toString(),
                "--other-realm=" + otherRealm.name(),
                "--admin=" + KeycloakServer.ADMIN_USER + ":" + KeycloakServer.ADMIN_PASSWORD,
                "--mark=" + FIRST_REALM_MARK,
                name);
        BrowserScript.Result result = browser.run("admin-console.mjs", name, Duration.ofMinutes(4), args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    /**
     * The demo realm (admin theme orgkit) plus olga, a full realm admin, victor, who may only look,
     * vera, who has view-organizations and nothing else,
     * and a reserved slug only this realm has.
     */
    private static void prepare(ObjectNode json) {
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.reserved-slugs", FIRST_REALM_MARK);
        // the invitation rate limits have tests of their own
        attributes.put("orgkit.invitation-ip-limit", "0");
        attributes.put("orgkit.invitation-org-daily-limit", "0");
        addAdmin(json, "olga", "Olga", "Olsen", "realm-admin");
        addAdmin(json, "victor", "Victor", "Vance", "view-organizations", "view-realm", "view-users");
        addAdmin(json, "vera", "Vera", "Vogel", "view-organizations");
    }

    /** A realm of its own on the orgkit admin theme, with its own full admin oscar. */
    private static void prepareOther(ObjectNode json) {
        json.put("adminTheme", "orgkit");
        addAdmin(json, "oscar", "Oscar", "Ortiz", "realm-admin");
    }

    /** A user whose password is the username, with roles of the realm's realm-management client. */
    private static void addAdmin(ObjectNode json, String username, String first, String last, String... roles) {
        ObjectNode user = json.withArray("users").addObject();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.com");
        user.put("emailVerified", true);
        user.put("firstName", first);
        user.put("lastName", last);
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", username);
        credential.put("temporary", false);
        var granted = user.putObject("clientRoles").putArray("realm-management");
        for (String role : roles) {
            granted.add(role);
        }
    }

    private static void copyScreenshots(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (DirectoryStream<Path> shots = Files.newDirectoryStream(from, "admin-console-*.png")) {
                for (Path shot : shots) {
                    Files.copy(shot, to.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
