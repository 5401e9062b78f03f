package dev.orgkit.security.backfill;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;

/** Serves the backfill at {@code /admin/realms/{realm}/orgkit/backfill} only. */
final class BackfillExtension implements OrgkitApiExtension {

    @Override
    public Object adminResource(AdminRequest request) {
        return new BackfillResource(request);
    }
}
