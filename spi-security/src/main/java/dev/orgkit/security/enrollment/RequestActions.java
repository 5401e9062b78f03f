package dev.orgkit.security.enrollment;

import java.util.List;

import org.keycloak.events.admin.OperationType;

import dev.orgkit.organizations.spi.OrgAction;

/** The changes membership requests record, declared to the core. */
public final class RequestActions {

    public static final OrgAction CREATED = request("membership_request.created", OperationType.CREATE);
    public static final OrgAction APPROVED = request("membership_request.approved", OperationType.UPDATE);
    public static final OrgAction REJECTED = request("membership_request.rejected", OperationType.UPDATE);

    public static final List<OrgAction> ALL = List.of(CREATED, APPROVED, REJECTED);

    private RequestActions() {
    }

    private static OrgAction request(String name, OperationType operation) {
        return OrgAction.of(name, operation).resource("ORGKIT_MEMBERSHIP_REQUEST").under("membership-requests");
    }
}
