package dev.orgkit.organizations.spi;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The one shape of orgkit's SPIs: public (not internal), a name, a provider and a factory type. */
abstract class OrgkitSpi implements Spi {

    private final String name;
    private final Class<? extends Provider> provider;
    @SuppressWarnings("rawtypes")
    private final Class<? extends ProviderFactory> factory;

    @SuppressWarnings("rawtypes")
    OrgkitSpi(String name, Class<? extends Provider> provider, Class<? extends ProviderFactory> factory) {
        this.name = name;
        this.provider = provider;
        this.factory = factory;
    }

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return provider;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return factory;
    }
}
