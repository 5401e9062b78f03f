package dev.orgkit.organizations.spi;

/** The SPI of {@link OrgkitCore}, so jars find the core through the session. */
public final class OrgkitCoreSpi extends OrgkitSpi {

    public static final String NAME = "orgkit-core";

    public OrgkitCoreSpi() {
        super(NAME, OrgkitCore.class, OrgkitCoreFactory.class);
    }
}
