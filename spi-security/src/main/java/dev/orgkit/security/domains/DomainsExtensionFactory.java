package dev.orgkit.security.domains;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/**
 * Adds {@code /organizations/{org}/domains} to the orgkit API. Verification asks the system's DNS
 * resolvers unless {@code --spi-orgkit-api-extension--domains--dns-server=host:port} names one;
 * {@code --spi-orgkit-api-extension--domains--dns-timeout-millis} (default 3000) bounds each try.
 */
public final class DomainsExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "domains";

    private TxtResolver resolver = new JndiTxtResolver(null, 3000);

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new OrgkitApiExtension() {
            @Override
            public Object organizationResource(OrgRequest request) {
                return new OrgDomainsResource(new DomainService(request, resolver));
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        String server = config.get("dnsServer");
        int timeout = Math.max(100, config.getInt("dnsTimeoutMillis", 3000));
        resolver = new JndiTxtResolver(server == null || server.isBlank() ? null : server.strip(), timeout);
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
