package dev.orgkit.invitations.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationJpaEntityProviderFactoryTest {

    @Test
    void keepsTheIdAndChangelogThatExistingDatabasesKnow() {
        InvitationJpaEntityProviderFactory factory = new InvitationJpaEntityProviderFactory();

        assertThat(factory.getId()).isEqualTo(InvitationJpaEntityProviderFactory.PROVIDER_ID).isEqualTo("orgkit-invitations");
        assertThat(factory.getChangelogLocation()).isEqualTo("META-INF/orgkit-invitations-changelog.xml");
        assertThat(getClass().getClassLoader().getResource(factory.getChangelogLocation())).isNotNull();
        assertThat(factory.getEntities())
                .containsExactly(InvitationEntity.class, InvitationSendEntity.class, RateLockEntity.class);
    }
}
