package dev.orgkit.organizations.spi;

import java.util.List;

import org.keycloak.provider.Provider;

/**
 * What a jar declares to the core: the realm settings it reads, the actions it records and the
 * system permissions it checks. The core lists the settings in the admin API (and validates
 * them there), knows every action's audit name, webhook type and admin event shape, and gives
 * {@code org:admin} every system permission (and {@code org:member} those marked so).
 * Declarations are static: the same for every realm and every session.
 */
public interface OrgkitFeature extends Provider {

    default List<Setting> settings() {
        return List.of();
    }

    default List<OrgAction> actions() {
        return List.of();
    }

    default List<SystemPermission> permissions() {
        return List.of();
    }

    @Override
    default void close() {
    }
}
