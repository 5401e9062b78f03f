package dev.orgkit.organizations.spi;

import org.keycloak.provider.ProviderFactory;

/** Factory of an {@link OrgkitApiExtension}; its id is the extension's path segment. */
public interface OrgkitApiExtensionFactory extends ProviderFactory<OrgkitApiExtension> {
}
