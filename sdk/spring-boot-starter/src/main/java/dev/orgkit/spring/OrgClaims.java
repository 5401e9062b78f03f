package dev.orgkit.spring;

/** The claim names orgkit's token mapper writes (docs/claims.md). */
final class OrgClaims {

    static final String SESSION_ID = "sid";
    static final String ORG_ID = "org_id";
    static final String ORG_SLUG = "org_slug";
    static final String ORG_ROLE = "org_role";
    static final String ORG_PERMISSIONS = "org_permissions";

    private OrgClaims() {
    }
}
