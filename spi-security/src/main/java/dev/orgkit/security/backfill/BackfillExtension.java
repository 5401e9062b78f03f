package dev.orgkit.security.backfill;

import dev.orgkit.organizations.rest.AdminRequest;
import dev.orgkit.organizations.rest.OrgkitApiExtension;

/** Serves the backfill at {@code /admin/realms/{realm}/orgkit/backfill} only. */
final class BackfillExtension implements OrgkitApiExtension {

    @Override
    public Object adminResource(AdminRequest request) {
        return new BackfillResource(request);
    }
}
