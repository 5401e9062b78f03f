package dev.orgkit.organizations.spi;

/** The SPI through which jars decide whether a session may have an organization active. */
public final class ActivationCheckSpi extends OrgkitSpi {

    public static final String NAME = "orgkit-activation-check";

    public ActivationCheckSpi() {
        super(NAME, ActivationCheck.class, ActivationCheckFactory.class);
    }
}
