package dev.orgkit.webhooks.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.webhooks.config.EventTypes;
import dev.orgkit.webhooks.config.WebhookSettings;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;
import dev.orgkit.webhooks.signing.SecretVault;
import dev.orgkit.webhooks.signing.Signature;
import dev.orgkit.webhooks.signing.WebhookSecret;

/**
 * {@code /admin/realms/{realm}/orgkit/webhooks}: the realm's webhook endpoints. Reading needs the
 * admin role {@code view-realm}; creating, changing, deleting, rotating and replaying need
 * {@code manage-realm}, because endpoints receive every user's and session's events of the realm.
 */
public final class WebhooksAdminResource {

    private final AdminRequest request;
    private final WebhookSettings settings;
    private final Runnable wake;
    private final EntityManager em;

    public WebhooksAdminResource(AdminRequest request, WebhookSettings settings, Runnable wake) {
        this.request = request;
        this.settings = settings;
        this.wake = wake;
        this.em = request.session().getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EndpointRepresentation> list() {
        requireView();
        long now = Time.currentTimeMillis();
        return endpoints().stream().map(e -> EndpointRepresentation.of(e, now)).toList();
    }

    /** The event types an endpoint can subscribe to. */
    @GET
    @Path("event-types")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> eventTypes() {
        requireView();
        return EventTypes.all(request.session());
    }

    /** Creates an endpoint; the answer carries its signing secret, which is never shown again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body) {
        requireManage();
        EndpointInput input = EndpointInput.parse(body, EventTypes.all(request.session()));
        if (input.url() == null) {
            throw OrgkitException.badRequest("invalid_url", "url is required");
        }
        if (endpoints().size() >= WebhookSettings.MAX_ENDPOINTS) {
            throw OrgkitException.conflict("too_many_endpoints", "a realm has at most " + WebhookSettings.MAX_ENDPOINTS + " webhook endpoints");
        }
        long now = Time.currentTimeMillis();
        WebhookEndpointEntity endpoint = new WebhookEndpointEntity();
        endpoint.setId(KeycloakModelUtils.generateId());
        endpoint.setRealmId(request.realm().getId());
        endpoint.setUrl(input.url());
        endpoint.setDescription(input.description());
        endpoint.setEventTypes(EventTypes.join(input.eventTypes()));
        endpoint.setEnabled(input.enabled() == null || input.enabled());
        endpoint.setHeaderStyle(input.headerStyle() == null ? Signature.STANDARD : input.headerStyle());
        endpoint.setCreatedAt(now);
        String secret = WebhookSecret.generate();
        SecretVault.Sealed sealed = vault().seal(endpoint.getId(), secret);
        endpoint.setSecret(sealed.ciphertext());
        endpoint.setSecretKeyRef(sealed.keyRef());
        em.persist(endpoint);
        EndpointRepresentation rep = EndpointRepresentation.of(endpoint, now);
        rep.secret = secret;
        return Response.created(URI.create(endpoint.getId())).entity(rep).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public EndpointRepresentation get(@PathParam("id") String id) {
        requireView();
        return EndpointRepresentation.of(endpoint(id), Time.currentTimeMillis());
    }

    /** Changes the fields present; enabling an endpoint again clears its failing streak. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EndpointRepresentation update(@PathParam("id") String id, Map<String, Object> body) {
        requireManage();
        WebhookEndpointEntity endpoint = lockedEndpoint(id);
        EndpointInput input = EndpointInput.parse(body, EventTypes.all(request.session()));
        if (input.url() != null) {
            endpoint.setUrl(input.url());
        }
        if (input.description() != null) {
            endpoint.setDescription(input.description().isEmpty() ? null : input.description());
        }
        if (input.eventTypes() != null) {
            endpoint.setEventTypes(EventTypes.join(input.eventTypes()));
        }
        if (input.headerStyle() != null) {
            endpoint.setHeaderStyle(input.headerStyle());
        }
        if (input.enabled() != null && input.enabled() != endpoint.isEnabled()) {
            endpoint.setEnabled(input.enabled());
            endpoint.setFailingSince(null);
            endpoint.setDisabledReason(input.enabled() ? null : "disabled by an administrator");
            if (input.enabled()) {
                wakeAfterCommit();
            }
        }
        return EndpointRepresentation.of(endpoint, Time.currentTimeMillis());
    }

    /** Deletes the endpoint and its messages (pending ones are dropped). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        requireManage();
        WebhookEndpointEntity endpoint = lockedEndpoint(id);
        em.createQuery("DELETE FROM OrgkitWebhookDelivery d WHERE d.endpointId = :endpoint")
                .setParameter("endpoint", endpoint.getId())
                .executeUpdate();
        em.remove(endpoint);
        return Response.noContent().build();
    }

    /**
     * Replaces the signing secret; the answer carries the new one. The previous secret keeps
     * signing (a second signature) for 24 hours, so receivers can switch without losing messages.
     */
    @POST
    @Path("{id}/rotate-secret")
    @Produces(MediaType.APPLICATION_JSON)
    public EndpointRepresentation rotateSecret(@PathParam("id") String id) {
        requireManage();
        WebhookEndpointEntity endpoint = lockedEndpoint(id);
        long now = Time.currentTimeMillis();
        refuseRepeatedRotation(endpoint, now);
        String secret = WebhookSecret.generate();
        SecretVault.Sealed sealed = vault().seal(endpoint.getId(), secret);
        endpoint.setPreviousSecret(endpoint.getSecret());
        endpoint.setPreviousSecretKeyRef(endpoint.getSecretKeyRef());
        endpoint.setPreviousSecretExpiresAt(now + WebhookSettings.ROTATION_OVERLAP.toMillis());
        endpoint.setSecret(sealed.ciphertext());
        endpoint.setSecretKeyRef(sealed.keyRef());
        EndpointRepresentation rep = EndpointRepresentation.of(endpoint, now);
        rep.secret = secret;
        return rep;
    }

    /** 409 {@code secret_just_rotated} (with Retry-After) within {@link WebhookSettings#ROTATION_INTERVAL} of a rotation. */
    private static void refuseRepeatedRotation(WebhookEndpointEntity endpoint, long now) {
        Long previousUntil = endpoint.getPreviousSecretExpiresAt();
        if (previousUntil == null) {
            return;
        }
        long rotatedAt = previousUntil - WebhookSettings.ROTATION_OVERLAP.toMillis();
        long wait = rotatedAt + WebhookSettings.ROTATION_INTERVAL.toMillis() - now;
        if (wait > 0) {
            throw OrgkitException.conflict("secret_just_rotated",
                    "the secret was just rotated; the newest one is in that rotation's answer", (wait + 999) / 1000);
        }
    }

    @Path("{id}/deliveries")
    public DeliveriesResource deliveries(@PathParam("id") String id) {
        requireView();
        return new DeliveriesResource(request, em, endpoint(id), this::requireManage, this::wakeAfterCommit);
    }

    private List<WebhookEndpointEntity> endpoints() {
        return em.createQuery("SELECT e FROM OrgkitWebhookEndpoint e WHERE e.realmId = :realm ORDER BY e.createdAt, e.id",
                        WebhookEndpointEntity.class)
                .setParameter("realm", request.realm().getId())
                .getResultList();
    }

    private WebhookEndpointEntity endpoint(String id) {
        return endpoint(id, LockModeType.NONE);
    }

    /**
     * The endpoint read with a row lock, for changes: a parallel duplicate waits, then finds the
     * latest committed row (none after a delete: 404, not an optimistic-lock 500).
     */
    private WebhookEndpointEntity lockedEndpoint(String id) {
        return endpoint(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private WebhookEndpointEntity endpoint(String id, LockModeType lock) {
        WebhookEndpointEntity endpoint = id == null ? null : em.find(WebhookEndpointEntity.class, id, lock);
        if (endpoint == null || !endpoint.getRealmId().equals(request.realm().getId())) {
            throw OrgkitException.notFound("webhook endpoint not found");
        }
        return endpoint;
    }

    private SecretVault vault() {
        return new SecretVault(request.session(), request.realm(), settings.configuredKey());
    }

    private void wakeAfterCommit() {
        request.session().getTransactionManager().enlistAfterCompletion(new org.keycloak.models.AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                wake.run();
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    private void requireView() {
        if (!request.auth().realm().canViewRealm()) {
            throw OrgkitException.forbidden("this requires the admin role view-realm");
        }
    }

    private void requireManage() {
        if (!request.auth().realm().canManageRealm()) {
            throw OrgkitException.forbidden("this requires the admin role manage-realm");
        }
    }
}
