package dev.orgkit.security.mfa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * "Condition - organization requires MFA": true when the user belongs to an organization with
 * {@code mfa_required} (any of the user's organizations, or only the one this login activates),
 * unless this login already completed a second factor. Goes first in a conditional subflow with
 * the OTP form and "orgkit - second factor completed".
 */
public final class OrgMfaConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String PROVIDER_ID = "orgkit-condition-org-mfa";
    /** Config key: {@code any} (default) or {@code activated}. */
    public static final String CONFIG_ORGANIZATIONS = "organizations";

    private static final Requirement[] REQUIREMENT_CHOICES = {Requirement.REQUIRED, Requirement.DISABLED};

    @Override
    public ConditionalAuthenticator getSingleton() {
        return OrgMfaCondition.SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Condition - organization requires MFA";
    }

    @Override
    public String getHelpText() {
        return "Runs the subflow when the user is a member of an organization that requires MFA (orgkit's mfa_required), "
                + "unless a second factor was already completed earlier in this login.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty organizations = new ProviderConfigProperty();
        organizations.setName(CONFIG_ORGANIZATIONS);
        organizations.setLabel("Organizations");
        organizations.setType(ProviderConfigProperty.LIST_TYPE);
        organizations.setOptions(List.of(MfaScope.ANY.value(), MfaScope.ACTIVATED.value()));
        organizations.setDefaultValue(MfaScope.ANY.value());
        organizations.setHelpText("'any': any of the user's organizations requires MFA. 'activated': the organization this "
                + "login makes active requires MFA (chosen with the organization scope, else the last active one, else "
                + "the only one); switching later to an organization that requires MFA is refused without a second factor.");
        return List.of(organizations);
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
}
