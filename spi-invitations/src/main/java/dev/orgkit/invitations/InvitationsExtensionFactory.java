package dev.orgkit.invitations;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;

import dev.orgkit.invitations.housekeeping.OrgkitInvitationPurgeTask;
import dev.orgkit.invitations.service.OrganizationDeletion;
import dev.orgkit.organizations.spi.OrganizationDeleting;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/**
 * Adds {@code invitations} to the orgkit API, revokes an organization's pending invitations when
 * orgkit deletes it, and schedules the purge of old invitations every
 * {@code purge-interval-minutes} (default 60): {@code --spi-orgkit-api-extension--invitations--purge-interval-minutes=N}.
 */
public final class InvitationsExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "invitations";

    private long purgeIntervalMillis = 60 * 60_000L;

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new InvitationsExtension();
    }

    @Override
    public void init(Config.Scope config) {
        purgeIntervalMillis = Math.max(1, config.getInt("purgeIntervalMinutes", 60)) * 60_000L;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                OrgkitInvitationPurgeTask.schedule(factory, purgeIntervalMillis);
            } else if (event instanceof OrganizationDeleting deleting) {
                OrganizationDeletion.revokePending(deleting);
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
