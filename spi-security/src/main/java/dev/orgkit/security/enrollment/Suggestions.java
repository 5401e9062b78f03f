package dev.orgkit.security.enrollment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.security.domains.DomainMatch;
import dev.orgkit.security.domains.EnrollmentMode;
import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * {@code automatic_suggestion} as the user sees it: the organization of the verified domain of
 * their verified email is suggested (unless they are a member or it rejected them), and they may
 * ask to join it. Only a suggested organization can be asked: nobody requests their way into an
 * organization that was not offered to them.
 */
final class Suggestions {

    private final MeRequest request;
    private final OrgkitCore core;
    private final MembershipRequestStore store;

    Suggestions(MeRequest request) {
        this.request = request;
        this.core = request.core();
        this.store = new MembershipRequestStore(request.session());
    }

    List<SuggestionRepresentation> list() {
        UserModel user = request.user();
        return suggested(user).map(match -> {
            SuggestionRepresentation rep = new SuggestionRepresentation();
            rep.organizationId = match.org().getId();
            rep.organizationSlug = match.org().getAlias();
            rep.organizationName = match.org().getName();
            rep.domain = match.domain();
            MembershipRequestEntity pending = pending(match.org(), user).orElse(null);
            rep.status = pending == null ? "suggested" : "requested";
            rep.requestId = pending == null ? null : pending.getId();
            return List.of(rep);
        }).orElse(List.of());
    }

    List<MembershipRequestRepresentation> mine(Paging paging) {
        UserModel user = request.user();
        return store.ofUser(request.realm().getId(), user.getId(), paging.first(), paging.max()).stream()
                .map(r -> MembershipRequestRepresentation.of(r, core.organization(r.getOrganizationId()).orElse(null), user))
                .toList();
    }

    Response create(MembershipRequestInput input) {
        if (input == null || input.organization == null || input.organization.isBlank()) {
            throw OrgkitException.invalid("a JSON body {\"organization\": \"<id or slug>\"} is required");
        }
        UserModel user = request.user();
        OrganizationModel wanted = core.organizationByIdOrSlug(input.organization).orElse(null);
        DomainMatch match = suggested(user)
                .filter(m -> wanted != null && m.org().getId().equals(wanted.getId()))
                .orElseThrow(() -> OrgkitException.notFound("no such organization among your suggestions"));
        OrganizationModel org = match.org();
        core.lockExistingOrganization(org.getId());
        if (pending(org, user).isPresent()) {
            throw OrgkitException.conflict("request_pending", "you have already asked to join this organization");
        }
        long now = Time.currentTimeMillis();
        MembershipRequestEntity entity = new MembershipRequestEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(request.realm().getId());
        entity.setOrganizationId(org.getId());
        entity.setUserId(user.getId());
        entity.setPendingUserId(user.getId());
        entity.setEmail(user.getEmail().strip().toLowerCase(Locale.ROOT));
        entity.setDomain(match.domain());
        entity.setStatus(RequestStatus.PENDING.value());
        entity.setCreatedAt(now);
        store.add(entity);
        try {
            store.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            throw OrgkitException.conflict("request_pending", "you have already asked to join this organization");
        }
        MembershipRequestRepresentation rep = MembershipRequestRepresentation.of(entity, org, user);
        request.changes().record(RequestActions.CREATED, org.getId(), "membership_request",
                entity.getId(), rep, Map.of("user_id", user.getId(), "domain", match.domain()));
        return Response.status(Response.Status.CREATED).entity(rep).build();
    }

    /** The organization suggested to {@code user}, if any. */
    private Optional<DomainMatch> suggested(UserModel user) {
        return DomainMatch.of(request.session(), user)
                .filter(m -> m.is(EnrollmentMode.AUTOMATIC_SUGGESTION))
                .filter(m -> !core.isMember(m.org(), user))
                .filter(m -> store.of(m.org().getId(), user.getId()).stream()
                        .noneMatch(r -> RequestStatus.REJECTED.value().equals(r.getStatus())));
    }

    private Optional<MembershipRequestEntity> pending(OrganizationModel org, UserModel user) {
        return store.of(org.getId(), user.getId()).stream()
                .filter(r -> RequestStatus.PENDING.value().equals(r.getStatus()))
                .findFirst();
    }
}
