package dev.orgkit.spring;

import java.util.List;
import java.util.function.Supplier;

import dev.orgkit.spring.client.model.ActiveOrganization;
import dev.orgkit.spring.client.model.AuditEntry;
import dev.orgkit.spring.client.model.Invitation;
import dev.orgkit.spring.client.model.Member;
import dev.orgkit.spring.client.model.Membership;
import dev.orgkit.spring.client.model.SetActiveOrganizationRequest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * orgkit's self-service REST API (docs/openapi.yaml; models generated from it) called as the current user: every
 * call forwards the bearer token of the request being served. An error answer of the API (4xx, 5xx) is an
 * {@link OrgkitApiException} with orgkit's status, {@code error} and {@code error_description}; left to the starter's
 * {@link OrgkitApiErrorHandler}, the app's caller gets the same answer.
 */
public final class OrgkitRestClient {

    private static final String API = "/realms/{realm}/orgkit";

    private final RestClient rest;
    private final OrgkitProperties properties;

    public OrgkitRestClient(RestClient.Builder builder, OrgkitProperties properties) {
        this.properties = properties;
        this.rest = builder.requestInterceptor((request, body, execution) -> {
            // getFirst, not containsKey: Spring 7's HttpHeaders (Boot 4) is no longer a Map
            if (request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION) == null) {
                request.getHeaders().setBearerAuth(currentToken());
            }
            return execution.execute(request, body);
        }).build();
    }

    /** {@code GET /me/organizations}: the caller's organizations with the caller's role; the active one is marked. */
    public List<Membership> listMyOrganizations() {
        return call(() -> rest.get().uri(base() + "/me/organizations", realm()).retrieve().body(new ParameterizedTypeReference<List<Membership>>() { }));
    }

    /** {@code GET /me/active-organization}. */
    public ActiveOrganization getActiveOrganization() {
        return call(() -> rest.get().uri(base() + "/me/active-organization", realm()).retrieve().body(ActiveOrganization.class));
    }

    /**
     * {@code PUT /me/active-organization}: switches the caller's session (id or slug; null clears it). The
     * current token keeps its claims: the client refreshes its token to get the new ones.
     */
    public ActiveOrganization setActiveOrganization(String organization) {
        return call(() -> rest.put().uri(base() + "/me/active-organization", realm()).contentType(MediaType.APPLICATION_JSON)
                .body(new SetActiveOrganizationRequest().organization(organization)).retrieve().body(ActiveOrganization.class));
    }

    /** {@code GET /organizations/{org}/members} (org:sys_memberships:read). */
    public List<Member> listMembers(String organization, int first, int max) {
        return call(() -> rest.get().uri(base() + "/organizations/{org}/members?first={first}&max={max}", realm(), organization, first, max)
                .retrieve().body(new ParameterizedTypeReference<List<Member>>() { }));
    }

    /** {@code GET /organizations/{org}/invitations} (org:sys_memberships:manage). */
    public List<Invitation> listInvitations(String organization, int first, int max) {
        return call(() -> rest.get().uri(base() + "/organizations/{org}/invitations?first={first}&max={max}", realm(), organization, first, max)
                .retrieve().body(new ParameterizedTypeReference<List<Invitation>>() { }));
    }

    /** {@code GET /me/invitations}: pending invitations to the caller's verified email. */
    public List<Invitation> listMyInvitations() {
        return call(() -> rest.get().uri(base() + "/me/invitations", realm()).retrieve().body(new ParameterizedTypeReference<List<Invitation>>() { }));
    }

    /** {@code GET /organizations/{org}/audit-log} (org:sys_audit:read), newest first. */
    public List<AuditEntry> listAuditLog(String organization, int first, int max) {
        return call(() -> rest.get().uri(base() + "/organizations/{org}/audit-log?first={first}&max={max}", realm(), organization, first, max)
                .retrieve().body(new ParameterizedTypeReference<List<AuditEntry>>() { }));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException failure) {
            throw OrgkitApiException.of(failure);
        }
    }

    private String base() {
        String baseUrl = properties.getBaseUrl();
        if (baseUrl == null) {
            throw new IllegalStateException("orgkit.base-url is not set and cannot be derived from orgkit.issuer-uri");
        }
        return baseUrl + API;
    }

    private String realm() {
        String realm = properties.getRealm();
        if (realm == null) {
            throw new IllegalStateException("orgkit.realm is not set and cannot be derived from orgkit.issuer-uri");
        }
        return realm;
    }

    private static String currentToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return token.getToken().getTokenValue();
        }
        throw new IllegalStateException("no bearer token to forward: call OrgkitRestClient while serving a request authenticated with a JWT");
    }
}
