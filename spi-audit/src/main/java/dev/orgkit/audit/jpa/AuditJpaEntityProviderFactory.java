package dev.orgkit.audit.jpa;

import dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory;

/** Adds the audit-log entity and its Liquibase changelog (own changelog table) to Keycloak's JPA store. */
public final class AuditJpaEntityProviderFactory extends OrgkitJpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-audit";

    public AuditJpaEntityProviderFactory() {
        super(PROVIDER_ID, "META-INF/orgkit-audit-changelog.xml", AuditEntryEntity.class);
    }
}
