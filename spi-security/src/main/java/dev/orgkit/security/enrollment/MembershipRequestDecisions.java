package dev.orgkit.security.enrollment;

import java.util.List;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.CorePermissions;

/**
 * Membership requests as an organization's admins see them ({@code org:sys_memberships:manage}):
 * list, approve (the user joins with the realm's default role) and reject. Decisions lock the
 * organization's row and then the request's, so two admins deciding at once end with one outcome.
 */
final class MembershipRequestDecisions {

    private final OrgRequest request;
    private final OrgAccess access;
    private final MembershipRequestStore store;

    MembershipRequestDecisions(OrgRequest request) {
        this.request = request;
        this.access = request.access();
        this.store = new MembershipRequestStore(request.session());
    }

    List<MembershipRequestRepresentation> list(String status, Paging paging) {
        access.requireForRead(CorePermissions.MEMBERSHIPS_MANAGE);
        RequestStatus filter = status == null || status.isBlank() ? null : RequestStatus.parse(status)
                .orElseThrow(() -> OrgkitException.invalid("status must be pending, approved or rejected"));
        OrganizationModel org = access.org();
        return store.ofOrganization(org.getId(), filter, paging.first(), paging.max()).stream()
                .map(r -> MembershipRequestRepresentation.of(r, org, user(r)))
                .toList();
    }

    MembershipRequestRepresentation get(String id) {
        access.requireForRead(CorePermissions.MEMBERSHIPS_MANAGE);
        MembershipRequestEntity found = find(id);
        return MembershipRequestRepresentation.of(found, access.org(), user(found));
    }

    MembershipRequestRepresentation approve(String id) {
        OrgRole role = request.core().defaultRole();
        MembershipRequestEntity entity = decide(id);
        if (!access.covers(role)) {
            throw OrgkitException.forbidden("you can only add members with roles whose permissions you hold yourself");
        }
        OrganizationModel org = access.org();
        UserModel user = user(entity);
        if (user == null) {
            throw OrgkitException.notFound("membership request not found");
        }
        if (!request.core().isMember(org, user)) {
            request.core().join(org, user, role, request.changes());
        }
        return finish(entity, RequestStatus.APPROVED, RequestActions.APPROVED, user);
    }

    MembershipRequestRepresentation reject(String id) {
        MembershipRequestEntity entity = decide(id);
        return finish(entity, RequestStatus.REJECTED, RequestActions.REJECTED, user(entity));
    }

    /** Checks the caller, locks the organization and the request, and requires it to be pending. */
    private MembershipRequestEntity decide(String id) {
        access.require(CorePermissions.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        MembershipRequestEntity entity = find(id);
        request.core().lockExistingOrganization(access.org().getId());
        MembershipRequestEntity locked = store.lock(entity);
        if (locked == null) {
            throw OrgkitException.notFound("membership request not found");
        }
        if (!RequestStatus.PENDING.value().equals(locked.getStatus())) {
            throw OrgkitException.conflict("request_not_pending", "the membership request is " + locked.getStatus());
        }
        return locked;
    }

    private MembershipRequestRepresentation finish(MembershipRequestEntity entity, RequestStatus status, OrgAction action,
                                                   UserModel user) {
        entity.setStatus(status.value());
        entity.setPendingUserId(null);
        entity.setDecidedAt(Time.currentTimeMillis());
        String callerId = access.callerId();
        boolean callerInRealm = callerId != null && request.session().users().getUserById(request.realm(), callerId) != null;
        entity.setDecidedBy(callerInRealm ? callerId : null);
        store.flush();
        MembershipRequestRepresentation rep = MembershipRequestRepresentation.of(entity, access.org(), user);
        request.changes().record(action, access.org().getId(), "membership_request", entity.getId(), rep,
                Map.of("user_id", entity.getUserId()));
        return rep;
    }

    private MembershipRequestEntity find(String id) {
        MembershipRequestEntity found = store.byId(request.realm().getId(), id);
        if (found == null || !found.getOrganizationId().equals(access.org().getId())) {
            throw OrgkitException.notFound("membership request not found");
        }
        return found;
    }

    private UserModel user(MembershipRequestEntity entity) {
        return request.session().users().getUserById(request.realm(), entity.getUserId());
    }
}
