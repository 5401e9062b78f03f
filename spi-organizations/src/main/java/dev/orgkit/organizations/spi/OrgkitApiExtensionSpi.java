package dev.orgkit.organizations.spi;

/** The SPI through which jars add endpoints to the orgkit API. */
public final class OrgkitApiExtensionSpi extends OrgkitSpi {

    public static final String NAME = "orgkit-api-extension";

    public OrgkitApiExtensionSpi() {
        super(NAME, OrgkitApiExtension.class, OrgkitApiExtensionFactory.class);
    }
}
