package dev.orgkit.organizations.logo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;

/**
 * Organization logos in {@code ORGKIT_ORGANIZATION_IMAGE}, read and written in one session's
 * transaction, and their public URLs.
 *
 * <p>A logo's URL is {@code {frontend}/realms/{realm}/orgkit/organizations/{id}/logo?v={version}},
 * the version being the first {@value #VERSION_LENGTH} hex digits of its SHA-256: a new logo has a
 * new URL, so the served bytes of one URL never change and may be cached for good.
 */
public final class Logos {

    /** Hex digits of the SHA-256 in {@code ?v=}. */
    public static final int VERSION_LENGTH = 16;

    private final KeycloakSession session;

    private Logos(KeycloakSession session) {
        this.session = session;
    }

    public static Logos of(KeycloakSession session) {
        return new Logos(session);
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The stored logo with its bytes. */
    public Optional<OrganizationImageEntity> image(String organizationId) {
        return Optional.ofNullable(em().find(OrganizationImageEntity.class, organizationId));
    }

    /** The SHA-256 of the stored logo, read without its bytes. */
    public Optional<String> sha256(String organizationId) {
        return em().createQuery("SELECT i.sha256 FROM OrgkitOrganizationImage i WHERE i.organizationId = :org", String.class)
                .setParameter("org", organizationId)
                .getResultStream()
                .findFirst();
    }

    /** The SHA-256 of the stored logos of {@code organizationIds} (one query, without the bytes), by organization. */
    public Map<String, String> sha256s(Collection<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        em().createQuery("SELECT i.organizationId, i.sha256 FROM OrgkitOrganizationImage i WHERE i.organizationId IN :orgs",
                        Object[].class)
                .setParameter("orgs", organizationIds)
                .getResultList()
                .forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
    }

    /**
     * Stores {@code image} as the organization's logo; false when it is the logo already (same type
     * and bytes), which changes nothing. Call with the organization locked.
     */
    public boolean store(String realmId, String organizationId, LogoImage image) {
        OrganizationImageEntity row = locked(organizationId);
        if (row != null && row.getSha256().equals(image.sha256()) && row.getContentType().equals(image.type().contentType())) {
            return false;
        }
        boolean created = row == null;
        if (created) {
            row = new OrganizationImageEntity();
            row.setOrganizationId(organizationId);
            row.setRealmId(realmId);
        }
        row.setContentType(image.type().contentType());
        row.setBytes(image.bytes());
        row.setSha256(image.sha256());
        row.setUpdatedAt(created ? Time.currentTimeMillis() : Math.max(row.getUpdatedAt() + 1, Time.currentTimeMillis()));
        if (created) {
            em().persist(row);
        }
        em().flush();
        return true;
    }

    /** Removes the organization's logo; false when it had none. Call with the organization locked. */
    public boolean remove(String organizationId) {
        OrganizationImageEntity row = locked(organizationId);
        if (row == null) {
            return false;
        }
        em().remove(row);
        em().flush();
        return true;
    }

    /**
     * The row read with a lock, so it is the latest committed one: on MariaDB's REPEATABLE READ a
     * plain read could miss the logo a parallel request stored while this one waited for the lock.
     */
    private OrganizationImageEntity locked(String organizationId) {
        return em().find(OrganizationImageEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The part of a logo's SHA-256 that its URL carries. */
    public static String version(String sha256) {
        return sha256.substring(0, VERSION_LENGTH);
    }

    /**
     * The absolute URL of the organization's logo, from the frontend URL of the session's request;
     * empty when it has none, or when the session serves no request (nothing to build a URL from).
     */
    public static Optional<String> imageUrl(KeycloakSession session, RealmModel realm, OrganizationModel org) {
        if (session == null || realm == null || org == null || !servesRequest(session)) {
            return Optional.empty();
        }
        return of(session).sha256(org.getId()).flatMap(sha256 -> url(session, realm, org.getId(), sha256));
    }

    /** The URL of the logo whose SHA-256 is {@code sha256} (see {@link #sha256s}); empty outside a request. */
    public static Optional<String> url(KeycloakSession session, RealmModel realm, String organizationId, String sha256) {
        if (!servesRequest(session)) {
            return Optional.empty();
        }
        return Optional.of(UriBuilder.fromUri(session.getContext().getUri(UrlType.FRONTEND).getBaseUri())
                .path("realms").path(realm.getName()).path("orgkit").path("organizations").path(organizationId).path("logo")
                .queryParam("v", version(sha256))
                .build().toString());
    }

    private static boolean servesRequest(KeycloakSession session) {
        HttpRequest request = session.getContext().getHttpRequest();
        return request != null && request.getUri() != null;
    }
}
