package dev.orgkit.security.mfa;

import java.util.Map;
import java.util.Optional;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import dev.orgkit.organizations.spi.OrgkitCore;


/** "Condition - organization requires MFA": see {@link OrgMfaConditionFactory}. */
final class OrgMfaCondition implements ConditionalAuthenticator {

    static final OrgMfaCondition SINGLETON = new OrgMfaCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        RealmModel realm = context.getRealm();
        if (user == null || !realm.isOrganizationsEnabled()) {
            return false;
        }
        OrgkitCore orgs = OrgkitCore.of(context.getSession());
        return scope(context.getAuthenticatorConfig()).requiresSecondFactor(
                SecondFactor.completedInThisLogin(context.getAuthenticationSession()),
                () -> orgs.organizationsOf(user).filter(OrganizationModel::isEnabled),
                () -> activatedAtThisLogin(orgs, context),
                MfaRequirement::required);
    }

    /** The organization this login makes active: the one chosen through the organization scope, else the initial one. */
    private static Optional<OrganizationModel> activatedAtThisLogin(OrgkitCore orgs, AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        Optional<OrganizationModel> chosen = orgs.chosenAtLogin(user, context.getAuthenticationSession());
        return chosen.isPresent() ? chosen : orgs.initialActive(user);
    }

    static MfaScope scope(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null ? null : config.getConfig();
        return MfaScope.parse(values == null ? null : values.get(OrgMfaConditionFactory.CONFIG_ORGANIZATIONS));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
