package dev.orgkit.organizations.events;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderEvent;

import dev.orgkit.organizations.active.ActiveOrganization;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.records.Records;
import dev.orgkit.organizations.roles.RoleCatalog;

/**
 * Reacts to Keycloak's own lifecycle: every realm with organizations gets its role catalog (at
 * startup and when a realm is created or imported), every membership gets its record when it
 * begins and loses it when it ends, and a member who leaves an organization stops having it as
 * their last active one.
 */
public final class Lifecycle {

    private static final Logger LOG = Logger.getLogger(Lifecycle.class);

    private Lifecycle() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> onEvent(factory, event));
    }

    private static void onEvent(KeycloakSessionFactory factory, ProviderEvent event) {
        if (event instanceof PostMigrationEvent) {
            ensureCatalogs(factory);
        } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
            RealmModel realm = created.getCreatedRealm();
            if (realm.isOrganizationsEnabled()) {
                RoleCatalog.ensure(created.getKeycloakSession(), realm);
            }
        } else if (event instanceof OrganizationModel.OrganizationMemberJoinEvent joined) {
            recordJoin(joined);
        } else if (event instanceof OrganizationModel.OrganizationMemberLeaveEvent left) {
            forgetLastActive(left);
            Records.of(left.getSession()).left(left.getOrganization().getId(), left.getUser().getId());
        }
    }

    /**
     * Every join, by orgkit or by Keycloak itself (admin console, realm import, identity-provider
     * login), starts a membership record; an organization orgkit has no record of yet (made outside
     * orgkit) gets one at its first join, under its lock so parallel joins do not both make it.
     */
    private static void recordJoin(OrganizationModel.OrganizationMemberJoinEvent joined) {
        RealmModel realm = joined.getSession().getContext().getRealm();
        if (realm == null) {
            return;
        }
        Records records = Records.of(joined.getSession());
        String orgId = joined.getOrganization().getId();
        if (records.organization(orgId).isEmpty() && KeycloakRowLocks.of(joined.getSession()).lockOrganization(orgId)) {
            records.organizationForWrite(realm.getId(), orgId);
        }
        records.joined(realm.getId(), orgId, joined.getUser().getId());
    }

    private static void forgetLastActive(OrganizationModel.OrganizationMemberLeaveEvent left) {
        UserModel user = left.getUser();
        RealmModel realm = left.getSession().getContext().getRealm();
        if (realm == null || !left.getOrganization().getId().equals(user.getFirstAttribute(ActiveOrganization.LAST_ACTIVE_ATTRIBUTE))) {
            return;
        }
        // a managed member has just been deleted with the membership; nothing left to clean
        UserModel stored = left.getSession().users().getUserById(realm, user.getId());
        if (stored != null) {
            stored.removeAttribute(ActiveOrganization.LAST_ACTIVE_ATTRIBUTE);
        }
    }

    private static void ensureCatalogs(KeycloakSessionFactory factory) {
        List<String> realmIds = KeycloakModelUtils.runJobInTransactionWithResult(factory, session ->
                session.realms().getRealmsStream().filter(RealmModel::isOrganizationsEnabled).map(RealmModel::getId).toList());
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> {
                    RealmModel realm = session.realms().getRealm(realmId);
                    if (realm != null) {
                        session.getContext().setRealm(realm);
                        RoleCatalog.ensure(session, realm);
                    }
                });
            } catch (RuntimeException e) {
                // another node may be creating the same catalog right now; the next request creates it if not
                LOG.debugf(e, "Could not ensure the orgkit role catalog of realm %s at startup", realmId);
            }
        }
    }
}
