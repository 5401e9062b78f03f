package dev.orgkit.audit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditJpaEntityProviderFactoryTest {

    @Test
    void keepsTheIdAndChangelogThatExistingDatabasesKnow() {
        AuditJpaEntityProviderFactory factory = new AuditJpaEntityProviderFactory();

        assertThat(factory.getId()).isEqualTo(AuditJpaEntityProviderFactory.PROVIDER_ID).isEqualTo("orgkit-audit");
        assertThat(factory.getChangelogLocation()).isEqualTo("META-INF/orgkit-audit-changelog.xml");
        assertThat(getClass().getClassLoader().getResource(factory.getChangelogLocation())).isNotNull();
        assertThat(factory.getEntities()).containsExactly(AuditEntryEntity.class);
    }
}
