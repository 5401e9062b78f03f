package dev.orgkit.security.feature;

import java.util.stream.Stream;

import dev.orgkit.organizations.spi.DeclaredFeatureFactory;
import dev.orgkit.security.domains.DomainDeclarations;
import dev.orgkit.security.enrollment.RequestActions;
import dev.orgkit.security.signup.AllowlistSettings;

/** Declares what the security jar adds: the sign-up allowlist's settings, domain and membership-request actions, domain permissions. */
public final class SecurityFeatureFactory extends DeclaredFeatureFactory {

    public static final String PROVIDER_ID = "security";

    public SecurityFeatureFactory() {
        super(PROVIDER_ID, AllowlistSettings.ALL,
                Stream.concat(DomainDeclarations.ACTIONS.stream(), RequestActions.ALL.stream()).toList(),
                DomainDeclarations.PERMISSIONS);
    }
}
