package dev.orgkit.organizations.spi;

import org.keycloak.provider.ProviderFactory;

/** Factory of an {@link ActivationCheck}. */
public interface ActivationCheckFactory extends ProviderFactory<ActivationCheck> {
}
