package dev.orgkit.organizations.spi;

/** The SPI through which jars declare their settings, actions and system permissions. */
public final class OrgkitFeatureSpi extends OrgkitSpi {

    public static final String NAME = "orgkit-feature";

    public OrgkitFeatureSpi() {
        super(NAME, OrgkitFeature.class, OrgkitFeatureFactory.class);
    }
}
