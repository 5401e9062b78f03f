package dev.orgkit.organizations.spi;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The usual {@link OrgkitFeatureFactory}: fixed declarations, given once. A jar subclasses it with
 * a public no-argument constructor passing its id and lists, and registers the subclass.
 */
public abstract class DeclaredFeatureFactory implements OrgkitFeatureFactory, OrgkitFeature {

    private final String id;
    private final List<Setting> settings;
    private final List<OrgAction> actions;
    private final List<SystemPermission> permissions;

    protected DeclaredFeatureFactory(String id, List<Setting> settings, List<OrgAction> actions,
                                     List<SystemPermission> permissions) {
        this.id = id;
        this.settings = List.copyOf(settings);
        this.actions = List.copyOf(actions);
        this.permissions = List.copyOf(permissions);
    }

    @Override
    public final OrgkitFeature create(KeycloakSession session) {
        return this;
    }

    @Override
    public final List<Setting> settings() {
        return settings;
    }

    @Override
    public final List<OrgAction> actions() {
        return actions;
    }

    @Override
    public final List<SystemPermission> permissions() {
        return permissions;
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

    @Override
    public final String getId() {
        return id;
    }
}
