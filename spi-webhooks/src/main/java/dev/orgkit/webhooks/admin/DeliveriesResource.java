package dev.orgkit.webhooks.admin;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.webhooks.jpa.WebhookDeliveryEntity;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;
import dev.orgkit.webhooks.outbox.Outbox;

/** {@code /admin/realms/{realm}/orgkit/webhooks/{id}/deliveries}: an endpoint's recent messages, and replay. */
public final class DeliveriesResource {

    private final AdminRequest request;
    private final EntityManager em;
    private final WebhookEndpointEntity endpoint;
    private final Runnable requireManage;
    private final Runnable wakeAfterCommit;

    DeliveriesResource(AdminRequest request, EntityManager em, WebhookEndpointEntity endpoint, Runnable requireManage,
                       Runnable wakeAfterCommit) {
        this.request = request;
        this.em = em;
        this.endpoint = endpoint;
        this.requireManage = requireManage;
        this.wakeAfterCommit = wakeAfterCommit;
    }

    /** Newest first; {@code status} narrows to pending, succeeded or failed; {@code event_type} to one type. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeliveryRepresentation> list(@QueryParam("status") String status, @QueryParam("event_type") String eventType,
                                             @QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        if (status != null && !List.of(Outbox.PENDING, Outbox.SUCCEEDED, Outbox.FAILED).contains(status)) {
            throw OrgkitException.invalid("status must be pending, succeeded or failed");
        }
        String jpql = "SELECT d FROM OrgkitWebhookDelivery d WHERE d.endpointId = :endpoint"
                + (status != null ? " AND d.status = :status" : "")
                + (eventType != null ? " AND d.eventType = :type" : "")
                + " ORDER BY d.createdAt DESC, d.id DESC";
        TypedQuery<WebhookDeliveryEntity> query = em.createQuery(jpql, WebhookDeliveryEntity.class)
                .setParameter("endpoint", endpoint.getId());
        if (status != null) {
            query.setParameter("status", status);
        }
        if (eventType != null) {
            query.setParameter("type", eventType);
        }
        return query.setFirstResult(paging.first()).setMaxResults(paging.max()).getResultList().stream()
                .map(d -> DeliveryRepresentation.of(d, false))
                .toList();
    }

    /** One message, with the exact payload it is sent with. */
    @GET
    @Path("{delivery}")
    @Produces(MediaType.APPLICATION_JSON)
    public DeliveryRepresentation get(@PathParam("delivery") String id) {
        return DeliveryRepresentation.of(delivery(id), true);
    }

    /**
     * Sends a message again from the start of the retry schedule, with the same {@code webhook-id}
     * and payload (a receiver that already processed it can recognise it). 409 while it is being sent.
     */
    @POST
    @Path("{delivery}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    public Response replay(@PathParam("delivery") String id) {
        requireManage.run();
        // locked: parallel replays of one message take turns, and the later ones find it queued
        WebhookDeliveryEntity delivery = delivery(id, LockModeType.PESSIMISTIC_WRITE);
        long now = Time.currentTimeMillis();
        if (delivery.getLeaseUntil() != null && delivery.getLeaseUntil() >= now) {
            throw OrgkitException.conflict("delivery_in_progress", "this message is being sent right now");
        }
        if (Outbox.PENDING.equals(delivery.getStatus()) && delivery.getAttempts() == 0) {
            throw OrgkitException.conflict("delivery_queued", "this message is queued and will be sent without a replay");
        }
        delivery.setStatus(Outbox.PENDING);
        delivery.setAttempts(0);
        delivery.setNextAttemptAt(now);
        delivery.setLeaseOwner(null);
        delivery.setLeaseUntil(null);
        wakeAfterCommit.run();
        return Response.accepted(DeliveryRepresentation.of(delivery, false)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private WebhookDeliveryEntity delivery(String id) {
        return delivery(id, LockModeType.NONE);
    }

    private WebhookDeliveryEntity delivery(String id, LockModeType lock) {
        WebhookDeliveryEntity delivery = id == null ? null : em.find(WebhookDeliveryEntity.class, id, lock);
        if (delivery == null || !delivery.getEndpointId().equals(endpoint.getId())
                || !delivery.getRealmId().equals(request.realm().getId())) {
            throw OrgkitException.notFound("delivery not found");
        }
        return delivery;
    }
}
