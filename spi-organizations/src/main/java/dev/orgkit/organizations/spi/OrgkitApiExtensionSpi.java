package dev.orgkit.organizations.spi;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The SPI through which orgkit jars add endpoints to the orgkit API. */
public final class OrgkitApiExtensionSpi implements Spi {

    public static final String NAME = "orgkit-api-extension";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return OrgkitApiExtension.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return OrgkitApiExtensionFactory.class;
    }
}
