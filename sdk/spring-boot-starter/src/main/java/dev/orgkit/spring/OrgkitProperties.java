package dev.orgkit.spring;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orgkit.*}: the realm the app trusts. Only {@code orgkit.issuer-uri} is required;
 * {@code orgkit.base-url} and {@code orgkit.realm} (where {@link OrgkitRestClient} sends its calls) are
 * derived from it, {@code <base-url>/realms/<realm>}, unless set.
 */
@ConfigurationProperties(prefix = "orgkit")
public class OrgkitProperties {

    private static final Pattern ISSUER = Pattern.compile("^(https?://.+?)/realms/([^/]+)/?$");

    /** The realm's issuer, e.g. {@code http://localhost:8080/realms/orgkit-demo}; tokens must carry it as {@code iss}. */
    private String issuerUri;

    /** When set, tokens must name it in {@code aud} (e.g. {@code orgkit-demo-api}). */
    private String audience;

    /** Keycloak's base URL; derived from the issuer when not set. */
    private String baseUrl;

    /** The realm name; derived from the issuer when not set. */
    private String realm;

    /** Leeway for {@code exp} and {@code nbf}. */
    private Duration clockSkew = Duration.ofSeconds(60);

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getBaseUrl() {
        return baseUrl != null ? stripSlash(baseUrl) : issuerPart(1);
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getRealm() {
        return realm != null ? realm : issuerPart(2);
    }

    public void setRealm(String realm) {
        this.realm = realm;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** The issuer, checked: the auto-configuration fails fast without one. */
    String requiredIssuer() {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("orgkit.issuer-uri is not set (e.g. http://localhost:8080/realms/orgkit-demo)");
        }
        return issuerUri;
    }

    private String issuerPart(int group) {
        if (issuerUri == null) {
            return null;
        }
        Matcher matcher = ISSUER.matcher(issuerUri);
        return matcher.matches() ? matcher.group(group) : null;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
