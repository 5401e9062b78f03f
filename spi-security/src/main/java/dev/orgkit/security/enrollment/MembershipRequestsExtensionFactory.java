package dev.orgkit.security.enrollment;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/** Adds {@code /me/membership-requests} and {@code /organizations/{org}/membership-requests}. */
public final class MembershipRequestsExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "membership-requests";

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new OrgkitApiExtension() {
            @Override
            public Object meResource(MeRequest request) {
                return new MyMembershipRequestsResource(new Suggestions(request));
            }

            @Override
            public Object organizationResource(OrgRequest request) {
                return new OrgMembershipRequestsResource(new MembershipRequestDecisions(request));
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
