package dev.orgkit.organizations.spi;

import java.util.List;
import java.util.Objects;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Adds a feature jar's JPA entities and their Liquibase changelog to Keycloak's persistence unit.
 *
 * <p>A subclass is a {@code final} class with a public no-argument constructor that passes its
 * provider id, changelog and entities, and is listed in the jar's
 * {@code META-INF/services/org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory}.
 * The provider id is also the id of the changelog in Keycloak's changelog tables, so it must never
 * change once a release used it; neither may the changelog location.
 *
 * <p>The factory is its own provider: it holds no per-session state, so {@link #create} hands out
 * the factory itself and {@link #close} (called by the factory's and by every session's end) does
 * nothing.
 *
 * <p>Part of orgkit's public, unstable API for its feature jars (see the package description).
 */
public abstract class OrgkitJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    private final String providerId;
    private final String changelogLocation;
    private final List<Class<?>> entities;

    /**
     * @param providerId        the factory's id, also the changelog's id in Keycloak's changelog tables
     * @param changelogLocation the classpath location of the module's master Liquibase changelog
     * @param entities          the JPA entity classes of the module
     */
    protected OrgkitJpaEntityProviderFactory(String providerId, String changelogLocation, Class<?>... entities) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.changelogLocation = Objects.requireNonNull(changelogLocation, "changelogLocation");
        this.entities = List.of(entities);
    }

    @Override
    public final JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public final List<Class<?>> getEntities() {
        return entities;
    }

    @Override
    public final String getChangelogLocation() {
        return changelogLocation;
    }

    @Override
    public final String getFactoryId() {
        return providerId;
    }

    @Override
    public final String getId() {
        return providerId;
    }

    @Override
    public final void init(Config.Scope config) {
    }

    @Override
    public final void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public final void close() {
    }
}
