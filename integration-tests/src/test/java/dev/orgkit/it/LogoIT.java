package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Images;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.Webhooks;

/**
 * Organization logos: uploaded (raw body or multipart) and removed by holders of
 * org:sys_profile:manage and by realm admins, refused by content when they are no PNG, JPEG or
 * WebP or exceed 1 MiB, served publicly with hardening and cache headers, shown in the
 * representations, recorded as one organization.updated per change, and gone with the organization.
 */
class LogoIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;
    private static Rows rows;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        new Webhooks(realm).create(Map.of("url", receiver.url("/logo")));
        rows = new Rows(realm.env().database());
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void anAdminUploadsALogoWhichAnyoneCanLoadFromItsVersionedUrl() {
        Org org = Org.create("Upload");
        byte[] png = Images.png(1);

        JsonNode answer = realm.http().put(logo(org.id)).bearer(org.ownerToken()).bytes("application/octet-stream", png).send()
                .expect(200).json();

        String sha256 = Images.sha256(png);
        String url = answer.path("image_url").asText();
        assertThat(answer.path("has_image").asBoolean()).isTrue();
        assertThat(url).isEqualTo(realm.http().baseUrl() + logo(org.id) + "?v=" + sha256.substring(0, 16));

        Http.Response served = realm.http().get(url).send().expect(200);
        assertThat(served.bytes()).isEqualTo(png);
        assertThat(served.header("Content-Type")).contains("image/png");
        assertThat(served.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(served.header("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(served.header("ETag")).contains("\"" + sha256 + "\"");

        Http.Response unversioned = realm.http().get(logo(org.id)).send().expect(200);
        assertThat(unversioned.header("Cache-Control")).contains("public, max-age=60");
        Http.Response stale = realm.http().get(logo(org.id) + "?v=0000000000000000").send().expect(200);
        assertThat(stale.header("Cache-Control")).contains("public, max-age=60");
        realm.http().get(url).header("If-None-Match", "\"" + sha256 + "\"").send().expect(304);
    }

    @Test
    void thePublicReadTakesTheOrganizationIdOnlyAndAnswersTheSameForNoLogoAndNoOrganization() {
        Org org = Org.create("Slug");
        upload(org, Images.png(2));
        Org bare = Org.create("Bare");

        Http.Response bySlug = realm.http().get(logo(org.slug)).send();
        Http.Response noLogo = realm.http().get(logo(bare.id)).send();
        Http.Response noOrganization = realm.http().get(logo("00000000-0000-0000-0000-000000000000")).send();

        assertThat(List.of(bySlug, noLogo, noOrganization)).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.json().path("error").asText()).isEqualTo("not_found");
            assertThat(r.body()).isEqualTo(noOrganization.body());
        });
    }

    @Test
    void theOrganizationAndTheMembershipsShowTheLogo() {
        Org org = Org.create("Shown");
        Org bare = Org.create("Plain");
        String url = upload(org, Images.png(3)).path("image_url").asText();

        JsonNode read = realm.http().get(realm.api("/organizations/" + org.id)).bearer(org.ownerToken()).send().expect(200).json();
        JsonNode mine = StreamSupport.stream(realm.http().get(realm.api("/me/organizations")).bearer(org.ownerToken()).send()
                .expect(200).json().spliterator(), false).filter(m -> m.path("id").asText().equals(org.id)).findFirst().orElseThrow();
        JsonNode admin = realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.id)).expect(200).json();
        JsonNode plain = realm.http().get(realm.api("/organizations/" + bare.id)).bearer(bare.ownerToken()).send().expect(200).json();

        for (JsonNode shown : List.of(read, mine, admin)) {
            assertThat(shown.path("image_url").asText()).as(shown.toString()).isEqualTo(url);
            assertThat(shown.path("has_image").asBoolean()).as(shown.toString()).isTrue();
        }
        assertThat(plain.has("image_url")).isFalse();
        assertThat(plain.path("has_image").isBoolean()).isTrue();
        assertThat(plain.path("has_image").asBoolean()).isFalse();
    }

    @Test
    void aMemberMayNotChangeTheLogoAndAnOutsiderCannotTellTheOrganizationExists() {
        Org org = Org.create("Guarded");
        String member = realm.createUserAndReturnName();
        realm.addMember(org.id, member, "org:member");
        String outsider = realm.createUserAndReturnName();
        byte[] png = Images.png(4);

        Http.Response memberUpload = realm.http().put(logo(org.id)).bearer(realm.login(member).accessToken()).bytes("image/png", png).send();
        Http.Response memberRemove = realm.http().delete(logo(org.id)).bearer(realm.login(member).accessToken()).send();
        Http.Response outsiderUpload = realm.http().put(logo(org.id)).bearer(realm.login(outsider).accessToken()).bytes("image/png", png)
                .send();
        Http.Response anonymous = realm.http().put(logo(org.id)).bytes("image/png", png).send();

        assertThat(memberUpload.status()).as(memberUpload.toString()).isEqualTo(403);
        assertThat(memberRemove.status()).as(memberRemove.toString()).isEqualTo(403);
        assertThat(outsiderUpload.status()).as(outsiderUpload.toString()).isEqualTo(404);
        assertThat(outsiderUpload.body()).isEqualTo(realm.http().put(logo("no-such-org")).bearer(realm.login(outsider).accessToken())
                .bytes("image/png", png).send().body());
        assertThat(anonymous.status()).isEqualTo(401);
        realm.http().get(logo(org.id)).send().expect(404);
    }

    @Test
    void whatIsNoPngJpegOrWebpIsRefusedByItsContentWhateverItIsCalled() {
        Org org = Org.create("Refused");
        String token = org.ownerToken();

        Http.Response svgAsPng = realm.http().put(logo(org.id)).bearer(token).bytes("image/png", Images.SVG).send();
        Http.Response svgFileNamedPng = realm.http().put(logo(org.id)).bearer(token)
                .multipart("file", "logo.png", "image/png", Images.SVG).send();
        Http.Response gif = realm.http().put(logo(org.id)).bearer(token).bytes("image/gif", Images.gif()).send();
        Http.Response empty = realm.http().put(logo(org.id)).bearer(token).bytes("image/png", new byte[0]).send();
        Http.Response noFilePart = realm.http().put(logo(org.id)).bearer(token)
                .multipart("picture", "logo.png", "image/png", Images.png(5)).send();
        Http.Response asForm = realm.http().put(logo(org.id)).bearer(token)
                .bytes("application/x-www-form-urlencoded", Images.png(5)).send();

        for (Http.Response refused : List.of(svgAsPng, svgFileNamedPng, gif)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).as(refused.toString()).isEqualTo("invalid_image");
            assertThat(refused.json().path("error_description").asText()).isNotBlank();
        }
        for (Http.Response refused : List.of(empty, noFilePart, asForm)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).as(refused.toString()).isEqualTo("invalid_request");
        }
        realm.http().get(logo(org.id)).send().expect(404);
        assertThat(imageRows(org.id)).isZero();
    }

    @Test
    void moreThanOneMebibyteIsRefusedWithAJsonBody() {
        Org org = Org.create("Large");

        Http.Response tooLarge = realm.http().put(logo(org.id)).bearer(org.ownerToken())
                .bytes("image/png", Images.padded(Images.png(6), 1024 * 1024 + 1)).send();

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().path("error").asText()).isEqualTo("image_too_large");
        assertThat(imageRows(org.id)).isZero();
    }

    @Test
    void jpegAndWebpAreServedWithTheirOwnTypeWhetherSentAsAFormFileOrWithoutAnyContentType() {
        Org org = Org.create("Formats");
        byte[] jpeg = Images.jpeg();

        realm.http().put(logo(org.id)).bearer(org.ownerToken()).multipart("file", "blob", "application/octet-stream", jpeg).send()
                .expect(200);
        Http.Response servedJpeg = realm.http().get(logo(org.id)).send().expect(200);
        realm.http().put(logo(org.slug)).bearer(org.ownerToken()).bytes(null, Images.WEBP).send().expect(200);
        Http.Response servedWebp = realm.http().get(logo(org.id)).send().expect(200);

        assertThat(servedJpeg.header("Content-Type")).contains("image/jpeg");
        assertThat(servedJpeg.bytes()).isEqualTo(jpeg);
        assertThat(servedWebp.header("Content-Type")).contains("image/webp");
        assertThat(servedWebp.bytes()).isEqualTo(Images.WEBP);
    }

    @Test
    void removingTheLogoClearsItAndRemovingItAgainChangesNothing() {
        Org org = Org.create("Removed");
        String oldUrl = upload(org, Images.png(7)).path("image_url").asText();

        JsonNode removed = realm.http().delete(logo(org.id)).bearer(org.ownerToken()).send().expect(200).json();
        JsonNode again = realm.http().delete(logo(org.id)).bearer(org.ownerToken()).send().expect(200).json();

        assertThat(removed.has("image_url")).isFalse();
        assertThat(removed.path("has_image").asBoolean()).isFalse();
        assertThat(again.path("has_image").asBoolean()).isFalse();
        realm.http().get(oldUrl).send().expect(404);
        assertThat(imageRows(org.id)).isZero();
    }

    @Test
    void realmAdminsUploadReadAndRemoveThroughTheAdminApi() {
        Org org = Org.create("Admin");
        byte[] png = Images.png(8);
        String path = realm.adminPath("/orgkit/organizations/" + org.slug + "/logo");

        JsonNode uploaded = realm.http().put(path).bearer(realm.admin().token()).bytes("image/png", png).send().expect(200).json();
        Http.Response read = realm.http().get(path).bearer(realm.admin().token()).send().expect(200);
        JsonNode removed = realm.http().delete(path).bearer(realm.admin().token()).send().expect(200).json();

        assertThat(uploaded.path("image_url").asText()).startsWith(realm.http().baseUrl() + logo(org.id) + "?v=");
        assertThat(uploaded.path("private_metadata").isObject()).as("the admin's view").isTrue();
        assertThat(read.bytes()).isEqualTo(png);
        assertThat(read.header("Cache-Control")).contains("private, no-cache");
        assertThat(read.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(removed.path("has_image").asBoolean()).isFalse();
        realm.http().put(path).bytes("image/png", png).send().expect(401);
    }

    @Test
    void eachChangeIsOneOrganizationUpdatedAndTheSameLogoAgainIsNone() {
        Org org = Org.create("Recorded");
        byte[] first = Images.png(9);

        String url = upload(org, first).path("image_url").asText();
        upload(org, first);
        String second = upload(org, Images.png(10)).path("image_url").asText();
        realm.http().delete(logo(org.id)).bearer(org.ownerToken()).send().expect(200);
        realm.http().delete(logo(org.id)).bearer(org.ownerToken()).send().expect(200);

        JsonNode log = realm.http().get(realm.api("/organizations/" + org.id + "/audit-log?action=organization.updated&max=10"))
                .bearer(org.ownerToken()).send().expect(200).json();
        assertThat(log).extracting(e -> e.path("details").path("image").asText()).containsExactly("removed", "changed", "changed");
        assertThat(second).isNotEqualTo(url);
        receiver.await("the announced logo", d -> "organization.updated".equals(d.type()) && org.id.equals(d.data().path("id").asText())
                && url.equals(d.data().path("image_url").asText()) && d.data().path("has_image").asBoolean(), WAIT);
        receiver.await("the announced removal", d -> "organization.updated".equals(d.type()) && org.id.equals(d.data().path("id").asText())
                && !d.data().has("image_url") && d.data().has("has_image") && !d.data().path("has_image").asBoolean(), WAIT);
    }

    @Test
    void deletingTheOrganizationRemovesItsLogo() {
        Org org = Org.create("Deleted");
        String url = upload(org, Images.png(11)).path("image_url").asText();
        assertThat(imageRows(org.id)).isOne();

        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + org.id)).expect(204);

        assertThat(imageRows(org.id)).isZero();
        realm.http().get(url).send().expect(404);
    }

    private static JsonNode upload(Org org, byte[] image) {
        return realm.http().put(logo(org.id)).bearer(org.ownerToken()).bytes("image/png", image).send().expect(200).json();
    }

    private static long imageRows(String organizationId) {
        return rows.count("SELECT COUNT(*) FROM ORGKIT_ORGANIZATION_IMAGE WHERE ORG_ID = ?", organizationId);
    }

    private static String logo(String org) {
        return realm.api("/organizations/" + org + "/logo");
    }

    /** An organization with its owner (an org:admin). */
    private record Org(String id, String slug, String owner) {
        static Org create(String prefix) {
            String owner = realm.createUserAndReturnName();
            JsonNode org = realm.createOrganization(prefix + " " + owner, null, owner);
            return new Org(org.path("id").asText(), org.path("slug").asText(), owner);
        }

        String ownerToken() {
            return realm.login(owner).accessToken();
        }
    }
}
