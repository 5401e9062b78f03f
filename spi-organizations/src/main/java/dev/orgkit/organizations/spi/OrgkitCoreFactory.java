package dev.orgkit.organizations.spi;

import org.keycloak.provider.ProviderFactory;

/** Factory of {@link OrgkitCore}; the core jar provides the one implementation. */
public interface OrgkitCoreFactory extends ProviderFactory<OrgkitCore> {
}
