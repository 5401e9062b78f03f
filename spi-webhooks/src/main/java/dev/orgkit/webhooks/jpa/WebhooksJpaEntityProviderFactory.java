package dev.orgkit.webhooks.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Adds the webhook entities (endpoints, outbox) and their Liquibase changelog (own changelog table) to Keycloak's JPA store. */
public final class WebhooksJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "orgkit-webhooks";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(WebhookEndpointEntity.class, WebhookDeliveryEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return "META-INF/orgkit-webhooks-changelog.xml";
        }

        @Override
        public String getFactoryId() {
            return PROVIDER_ID;
        }

        @Override
        public void close() {
        }
    };

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
