package dev.orgkit.webhooks.jpa;

import dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory;

/** Adds the webhook entities (endpoints, outbox) and their Liquibase changelog (own changelog table) to Keycloak's JPA store. */
public final class WebhooksJpaEntityProviderFactory extends OrgkitJpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-webhooks";

    public WebhooksJpaEntityProviderFactory() {
        super(PROVIDER_ID, "META-INF/orgkit-webhooks-changelog.xml",
                WebhookEndpointEntity.class, WebhookDeliveryEntity.class);
    }
}
