package dev.orgkit.organizations.service;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.spi.DeclaredFeatureFactory;

/** The core declares its settings, actions and system permissions the way every jar does. */
public final class CoreFeatureFactory extends DeclaredFeatureFactory {

    public static final String PROVIDER_ID = "core";

    public CoreFeatureFactory() {
        super(PROVIDER_ID, OrgkitPolicy.SETTINGS, CoreActions.ALL, RoleNames.CORE_PERMISSIONS);
    }
}
