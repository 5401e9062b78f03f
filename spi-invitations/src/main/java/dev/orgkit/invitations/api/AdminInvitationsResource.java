package dev.orgkit.invitations.api;

import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.common.util.Time;

import dev.orgkit.invitations.housekeeping.InvitationPurge;
import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;

/** {@code /admin/realms/{realm}/orgkit/invitations}: realm-level invitation housekeeping. */
public final class AdminInvitationsResource {

    private final AdminRequest request;

    public AdminInvitationsResource(AdminRequest request) {
        this.request = request;
    }

    /** Runs the retention purge of this realm now (the scheduled task does the same for every realm). */
    @POST
    @Path("purge")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> purge() {
        if (!request.auth().orgs().canManage()) {
            throw OrgkitException.forbidden("this requires the admin role manage-organizations");
        }
        return InvitationPurge.purge(request.session(), request.realm(), Time.currentTimeMillis());
    }
}
