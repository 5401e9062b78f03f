package dev.orgkit.organizations.rest;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.http.FormPartValue;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.logo.Logos;
import dev.orgkit.organizations.logo.OrganizationImageEntity;
import dev.orgkit.organizations.representation.OrganizationRepresentation;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * {@code .../organizations/{org}/logo}: the logo's bytes ({@code GET}), a new logo ({@code PUT},
 * the image as the body, or as the part {@code file} of a {@code multipart/form-data} body, as
 * Clerk's {@code updateOrganizationLogo} sends it) and its removal ({@code DELETE}). Changes need
 * {@code org:sys_profile:manage} and answer the organization after the change.
 *
 * <p>In the self-service API the read is public (the URL is shown in emails and on pages where
 * nobody has a token) and takes the organization id only, so it tells nobody which slugs exist;
 * the caller is authenticated only when it changes the logo.
 */
public final class LogoResource {

    /** Who changes the logo, and through what. */
    record Change(OrganizationService service, OrgAccess access) {
    }

    static final String FILE_PART = "file";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=60";
    private static final String PRIVATE = "private, no-cache";

    private final KeycloakSession session;
    private final Supplier<OrganizationModel> shown;
    private final Supplier<Change> change;
    private final boolean publicRead;

    private LogoResource(KeycloakSession session, Supplier<OrganizationModel> shown, Supplier<Change> change, boolean publicRead) {
        this.session = session;
        this.shown = shown;
        this.change = change;
        this.publicRead = publicRead;
    }

    /** For an organization the caller has been checked for already (the admin API). */
    static LogoResource checked(KeycloakSession session, OrganizationService service, OrgAccess access) {
        Change known = new Change(service, access);
        return new LogoResource(session, access::org, () -> known, false);
    }

    /** The self-service API's: the read is public, a change authenticates through {@code change}. */
    static LogoResource publicRead(KeycloakSession session, Supplier<OrganizationModel> byId, Supplier<Change> change) {
        return new LogoResource(session, byId, change, true);
    }

    @GET
    public Response get(@QueryParam("v") String version, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrganizationModel org = shown.get();
        OrganizationImageEntity image = org == null ? null : Logos.of(session).image(org.getId()).orElse(null);
        if (image == null) {
            throw OrgkitException.notFound("there is no logo here");
        }
        String etag = "\"" + image.getSha256() + "\"";
        String cacheControl = !publicRead ? PRIVATE : Logos.version(image.getSha256()).equals(version) ? IMMUTABLE : SHORT;
        Response.ResponseBuilder answer = matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(image.getBytes(), image.getContentType());
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .build();
    }

    /**
     * The image as the body, whatever the {@code Content-Type} says, except a form: Keycloak parses
     * an {@code application/x-www-form-urlencoded} body (what {@code curl --data-binary} sends by
     * default) before orgkit sees it, and what is left is not the image.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationRepresentation upload(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return set(() -> {
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
                throw OrgkitException.invalid("send the image with its own Content-Type (e.g. image/png) or as multipart/form-data;"
                        + " an application/x-www-form-urlencoded body is read as a form");
            }
            return body;
        });
    }

    /**
     * A {@code multipart/form-data} body. RESTEasy also routes a request without any
     * {@code Content-Type} here; its body is the image itself.
     */
    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationRepresentation uploadForm(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return set(() -> body);
        }
        return set(() -> {
            FormPartValue file = session.getContext().getHttpRequest().getMultiPartFormParameters().getFirst(FILE_PART);
            if (file == null) {
                throw OrgkitException.invalid("a multipart body carries the image in a file part named '" + FILE_PART + "'");
            }
            return file.asInputStream();
        });
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationRepresentation remove() {
        Change caller = change.get();
        OrganizationModel org = caller.service().logos().clear(caller.access());
        return answer(caller, org);
    }

    /** CORS preflight of the self-service API (the read needs none: images load without CORS). */
    @OPTIONS
    public Response preflight() {
        return Preflight.answer();
    }

    private OrganizationRepresentation set(Supplier<InputStream> content) {
        Change caller = change.get();
        OrganizationModel org = caller.service().logos().set(caller.access(), content);
        return answer(caller, org);
    }

    private static OrganizationRepresentation answer(Change caller, OrganizationModel org) {
        return caller.service().shapes().organization(org, caller.access().privileged(), caller.service().orgs().memberCount(org));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
