package dev.orgkit.security.mfa;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.ActivationCheck;
import dev.orgkit.organizations.spi.ActivationCheckFactory;

/** Registers {@link MfaActivationCheck}: an organization that requires MFA is never active in a session without a second factor. */
public final class MfaActivationCheckFactory implements ActivationCheckFactory {

    public static final String PROVIDER_ID = "mfa";

    @Override
    public ActivationCheck create(KeycloakSession session) {
        return MfaActivationCheck.INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
