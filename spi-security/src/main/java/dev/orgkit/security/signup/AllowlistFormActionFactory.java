package dev.orgkit.security.signup;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The registration form action "orgkit - registration allowlist". Add it (REQUIRED) to the form
 * sub-flow of the realm's registration flow; the realm policy {@code allowlist-enabled} switches it.
 */
public final class AllowlistFormActionFactory implements FormActionFactory {

    public static final String PROVIDER_ID = "orgkit-registration-allowlist";

    private static final AllowlistFormAction SINGLETON = new AllowlistFormAction();
    private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public FormAction create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getDisplayType() {
        return "orgkit - registration allowlist";
    }

    @Override
    public String getHelpText() {
        return "Refuses a registration whose email is not on the realm's orgkit allowlist while the realm policy "
                + "allowlist-enabled is on (admin API /admin/realms/{realm}/orgkit/policy).";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
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
