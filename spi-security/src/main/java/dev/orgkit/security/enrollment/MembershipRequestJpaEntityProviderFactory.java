package dev.orgkit.security.enrollment;

import dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory;

/** Adds the membership-request table to Keycloak's persistence unit, with its own Liquibase changelog. */
public final class MembershipRequestJpaEntityProviderFactory extends OrgkitJpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-membership-requests";
    static final String CHANGELOG = "META-INF/orgkit-membership-requests-changelog.xml";

    public MembershipRequestJpaEntityProviderFactory() {
        super(PROVIDER_ID, CHANGELOG, MembershipRequestEntity.class);
    }
}
