package dev.orgkit.organizations.admin;

import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.spi.OrgkitException;

/** Realm-level admin checks of the orgkit admin API, answered with orgkit's JSON errors. */
final class AdminChecks {

    private AdminChecks() {
    }

    static void requireView(AdminPermissionEvaluator auth) {
        if (!auth.orgs().canView()) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
    }

    static void requireManage(AdminPermissionEvaluator auth) {
        if (!auth.orgs().canManage()) {
            throw OrgkitException.forbidden("this requires the admin role manage-organizations");
        }
    }
}
