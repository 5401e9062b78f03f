package dev.orgkit.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The authorities of an orgkit access token:
 * <ul>
 *   <li>{@code org_role} {@code org:admin} → {@code ORG_ROLE_org:admin} ({@link #ROLE_PREFIX});</li>
 *   <li>each {@code org_permissions} entry as it is: {@code org:invoices:read} → {@code org:invoices:read};</li>
 *   <li>each {@code scope} as Spring does: {@code email} → {@code SCOPE_email}.</li>
 * </ul>
 * So {@code hasAuthority('org:invoices:read')} and {@code hasAuthority('ORG_ROLE_org:admin')} work in URL rules too.
 */
public final class OrgAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLE_PREFIX = "ORG_ROLE_";

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
        OrgContext org = OrgContext.of(jwt);
        if (org.hasOrganization()) {
            if (org.orgRole() != null) {
                authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + org.orgRole()));
            }
            org.orgPermissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        }
        return authorities;
    }
}
