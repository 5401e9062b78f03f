package dev.orgkit.security.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipRequestJpaEntityProviderFactoryTest {

    @Test
    void keepsTheIdAndChangelogThatExistingDatabasesKnow() {
        MembershipRequestJpaEntityProviderFactory factory = new MembershipRequestJpaEntityProviderFactory();

        assertThat(factory.getId())
                .isEqualTo(MembershipRequestJpaEntityProviderFactory.PROVIDER_ID)
                .isEqualTo("orgkit-membership-requests");
        assertThat(factory.getChangelogLocation()).isEqualTo("META-INF/orgkit-membership-requests-changelog.xml");
        assertThat(getClass().getClassLoader().getResource(factory.getChangelogLocation())).isNotNull();
        assertThat(factory.getEntities()).containsExactly(MembershipRequestEntity.class);
    }
}
