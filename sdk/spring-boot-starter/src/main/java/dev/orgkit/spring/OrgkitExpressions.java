package dev.orgkit.spring;

/**
 * The bean {@code orgkit}, for method security:
 * {@code @PreAuthorize("@orgkit.has('org:invoices:read')")}, {@code @PreAuthorize("@orgkit.hasRole('org:admin')")},
 * {@code @PreAuthorize("@orgkit.hasOrganization()")}. Clerk's semantics: a permission is in {@code org_permissions},
 * a role equals {@code org_role}, and every check is false without an active organization. A failed check names
 * what was missing in the 403 body.
 */
public final class OrgkitExpressions {

    public static final String BEAN_NAME = "orgkit";

    public boolean has(String permission) {
        OrgContext org = OrgContext.current();
        return org.has(permission) || deny(org, Requirement.permission(permission));
    }

    public boolean hasRole(String role) {
        OrgContext org = OrgContext.current();
        return org.hasRole(role) || deny(org, Requirement.role(role));
    }

    public boolean hasOrganization() {
        OrgContext org = OrgContext.current();
        return org.hasOrganization() || deny(org, Requirement.noActiveOrganization());
    }

    /** The current request's {@link OrgContext}, e.g. {@code @orgkit.context().orgId() == #orgId}. */
    public OrgContext context() {
        return OrgContext.current();
    }

    private static boolean deny(OrgContext org, Requirement requirement) {
        (org.hasOrganization() ? requirement : Requirement.noActiveOrganization()).record();
        return false;
    }
}
