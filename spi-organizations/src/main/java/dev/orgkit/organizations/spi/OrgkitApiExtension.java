package dev.orgkit.organizations.spi;

import org.keycloak.provider.Provider;

/**
 * Lets another orgkit jar add endpoints to the orgkit API. The provider id is the path segment:
 * an extension with id {@code invitations} serves {@code /organizations/{org}/invitations},
 * {@code /me/invitations} and {@code /admin/realms/{realm}/orgkit/invitations}, each where it
 * returns a resource (null means "not offered here", answered with 404).
 */
public interface OrgkitApiExtension extends Provider {

    /**
     * The sub-resource under {@code /realms/{realm}/orgkit/<id>}, reached without any check: the
     * extension authenticates its callers itself (e.g. an invitation link opened in a browser).
     */
    default Object rootResource(RootRequest request) {
        return null;
    }

    /** The sub-resource under {@code /realms/{realm}/orgkit/organizations/{org}/<id>}. */
    default Object organizationResource(OrgRequest request) {
        return null;
    }

    /** The sub-resource under {@code /realms/{realm}/orgkit/me/<id>}. */
    default Object meResource(MeRequest request) {
        return null;
    }

    /** The sub-resource under {@code /admin/realms/{realm}/orgkit/<id>}. */
    default Object adminResource(AdminRequest request) {
        return null;
    }


    @Override
    default void close() {
    }
}
