package dev.orgkit.invitations;

import dev.orgkit.invitations.api.AdminInvitationsResource;
import dev.orgkit.invitations.api.MyInvitationsResource;
import dev.orgkit.invitations.api.OrgInvitationsResource;
import dev.orgkit.invitations.pages.InvitationPages;
import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.RootRequest;

/** The {@code invitations} endpoints of the orgkit API. */
final class InvitationsExtension implements OrgkitApiExtension {

    @Override
    public Object rootResource(RootRequest request) {
        return new InvitationPages(request.session(), request.realm());
    }

    @Override
    public Object organizationResource(OrgRequest request) {
        return new OrgInvitationsResource(request);
    }

    @Override
    public Object meResource(MeRequest request) {
        return new MyInvitationsResource(request);
    }

    @Override
    public Object adminResource(AdminRequest request) {
        return new AdminInvitationsResource(request);
    }
}
