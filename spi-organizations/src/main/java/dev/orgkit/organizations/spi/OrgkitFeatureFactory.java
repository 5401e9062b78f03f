package dev.orgkit.organizations.spi;

import org.keycloak.provider.ProviderFactory;

/** Factory of an {@link OrgkitFeature}; its id names the jar's feature in the admin API (e.g. {@code invitations}). */
public interface OrgkitFeatureFactory extends ProviderFactory<OrgkitFeature> {
}
