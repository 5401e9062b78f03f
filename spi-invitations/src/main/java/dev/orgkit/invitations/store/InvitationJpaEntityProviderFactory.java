package dev.orgkit.invitations.store;

import dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory;

/** Adds the invitation tables to Keycloak's persistence unit, with their own Liquibase changelog. */
public final class InvitationJpaEntityProviderFactory extends OrgkitJpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-invitations";
    static final String CHANGELOG = "META-INF/orgkit-invitations-changelog.xml";

    public InvitationJpaEntityProviderFactory() {
        super(PROVIDER_ID, CHANGELOG, InvitationEntity.class, InvitationSendEntity.class, RateLockEntity.class);
    }
}
