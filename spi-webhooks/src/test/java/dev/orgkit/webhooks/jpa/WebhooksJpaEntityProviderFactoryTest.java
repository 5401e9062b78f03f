package dev.orgkit.webhooks.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhooksJpaEntityProviderFactoryTest {

    @Test
    void keepsTheIdAndChangelogThatExistingDatabasesKnow() {
        WebhooksJpaEntityProviderFactory factory = new WebhooksJpaEntityProviderFactory();

        assertThat(factory.getId()).isEqualTo(WebhooksJpaEntityProviderFactory.PROVIDER_ID).isEqualTo("orgkit-webhooks");
        assertThat(factory.getChangelogLocation()).isEqualTo("META-INF/orgkit-webhooks-changelog.xml");
        assertThat(getClass().getClassLoader().getResource(factory.getChangelogLocation())).isNotNull();
        assertThat(factory.getEntities()).containsExactly(WebhookEndpointEntity.class, WebhookDeliveryEntity.class);
    }
}
