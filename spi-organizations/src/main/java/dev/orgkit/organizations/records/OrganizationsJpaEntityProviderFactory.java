package dev.orgkit.organizations.records;

import dev.orgkit.organizations.logo.OrganizationImageEntity;
import dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory;

/** Adds the core's own tables (organization and membership records, organization logos) to Keycloak's JPA store. */
public final class OrganizationsJpaEntityProviderFactory extends OrgkitJpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-organizations";

    public OrganizationsJpaEntityProviderFactory() {
        super(PROVIDER_ID, "META-INF/orgkit-organizations-changelog.xml", OrganizationRecordEntity.class,
                MembershipRecordEntity.class, OrganizationImageEntity.class);
    }
}
