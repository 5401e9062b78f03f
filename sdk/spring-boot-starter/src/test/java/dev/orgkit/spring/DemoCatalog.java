package dev.orgkit.spring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The role catalog of the demo realm (realm-export/orgkit-demo-realm.json) and the access tokens orgkit's mapper
 * issues for it: by default {@code org_permissions} carries a role's custom permissions only, with
 * {@code orgkit.system-permissions} on the {@code org:sys_*} ones too (docs/claims.md).
 */
final class DemoCatalog {

    static final String ISSUER = "http://localhost:8080/realms/orgkit-demo";
    static final String AUDIENCE = "orgkit-demo-api";

    static final List<String> PERMISSIONS = List.of("org:sys_profile:manage", "org:sys_profile:delete", "org:sys_memberships:read",
            "org:sys_memberships:manage", "org:sys_domains:read", "org:sys_domains:manage", "org:sys_audit:read",
            "org:invoices:read", "org:invoices:manage");

    static final Map<String, List<String>> ROLES = Map.of(
            "org:admin", PERMISSIONS,
            "org:member", List.of("org:sys_memberships:read"),
            "org:billing", List.of("org:sys_memberships:read", "org:invoices:read", "org:invoices:manage"));

    private DemoCatalog() {
    }

    /** What {@code org_permissions} holds for a member with {@code role}: sorted, system permissions only when asked. */
    static List<String> tokenPermissions(String role, boolean systemPermissions) {
        return ROLES.get(role).stream().filter(p -> systemPermissions || !p.startsWith("org:sys_")).sorted().toList();
    }

    /** An access token of acme for a member with {@code role}. */
    static Jwt token(String role, boolean systemPermissions) {
        return jwt(claims -> claims.claim("org_id", "0a5e1c7e-acme").claim("org_slug", "acme").claim("org_role", role)
                .claim("org_permissions", tokenPermissions(role, systemPermissions)));
    }

    /** An access token without an active organization. */
    static Jwt tokenWithoutOrganization() {
        return jwt(claims -> { });
    }

    static Jwt jwt(Consumer<Jwt.Builder> claims) {
        Instant now = Instant.now();
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER).subject("user-1")
                .audience(List.of(AUDIENCE, "account")).claim("typ", "Bearer").claim("sid", "session-1").claim("scope", "openid email profile")
                .issuedAt(now).expiresAt(now.plusSeconds(300));
        claims.accept(builder);
        return builder.build();
    }
}
