package dev.orgkit.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Browser;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MFA required per organization, through the demo realm's browser flow and Keycloak's real login
 * pages: OTP set up at first login, asked at the next, not asked without such an organization; the
 * refused switch of the active organization and the step-up that allows it.
 */
class MfaIT {

    private static final String APP = "orgkit-mfa-app";
    private static final String APP_REDIRECT = "https://app.example.test/callback";
    private static final Pattern SECRET_KEY = Pattern.compile("id=\"kc-totp-secret-key\"[^>]*>([^<]+)<");

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(json -> {
        // a code may be entered again within its 30 s window, so consecutive logins of a test never wait for the next one
        // (the import reads the OTP policy only when its type is given, and then needs every field)
        json.put("otpPolicyType", "totp");
        json.put("otpPolicyAlgorithm", "HmacSHA1");
        json.put("otpPolicyDigits", 6);
        json.put("otpPolicyPeriod", 30);
        json.put("otpPolicyLookAheadWindow", 1);
        json.put("otpPolicyInitialCounter", 0);
        json.put("otpPolicyCodeReusable", true);
        ObjectNode app = ((ArrayNode) json.get("clients")).addObject();
        app.put("clientId", APP);
        app.put("enabled", true);
        app.put("publicClient", true);
        app.put("standardFlowEnabled", true);
        app.put("directAccessGrantsEnabled", false);
        app.putArray("redirectUris").add("https://app.example.test/*");
        ArrayNode scopes = app.putArray("defaultClientScopes");
        for (String scope : new String[] {"basic", "profile", "email", "roles", "web-origins", "acr", "orgkit"}) {
            scopes.add(scope);
        }
        app.putArray("optionalClientScopes").add("organization");
    });

    @Test
    void aMemberOfAnOrganizationRequiringMfaSetsUpOtpAtFirstLoginAndEntersItAtTheNext() {
        String user = TestRealm.unique("mfa");
        realm.createUser(user);
        String org = organization(true);
        realm.addMember(org, user, "org:member");

        Browser first = browser();
        Browser.Page setup = passwordLogin(first, user, "");
        assertThat(setup.has("id=\"kc-totp-settings-form\"")).as("OTP setup page expected: " + setup).isTrue();
        String key = secretKeyFromManualMode(first, setup);
        Browser.Page signedIn = first.submit(first.get(setup.link("mode-manual").orElseThrow().toString())
                .form("kc-totp-settings-form").with("totp", Totp.now(key)).with("userLabel", "phone"));
        Tokens.TokenSet tokens = exchange(signedIn);
        assertThat(tokens.access().path("org_slug").asText()).isEqualTo(org);

        Browser second = browser();
        Browser.Page otp = passwordLogin(second, user, "");
        assertThat(otp.has("id=\"kc-otp-login-form\"")).as("OTP form expected: " + otp).isTrue();
        assertThat(realm.admin().realm(realm.name()).path("otpPolicyCodeReusable").asBoolean()).as("fixture").isTrue();
        Browser.Page back = second.submit(otp.form("kc-otp-login-form").with("otp", Totp.now(key)));
        assertThat(exchange(back).access().path("preferred_username").asText()).isEqualTo(user);

        Browser third = browser();
        Browser.Page again = passwordLogin(third, user, "");
        Browser.Page wrong = third.submit(again.form("kc-otp-login-form").with("otp", "000000".equals(Totp.now(key)) ? "111111" : "000000"));
        assertThat(wrong.location()).as("a wrong code does not sign in").isEmpty();
        assertThat(wrong.has("id=\"kc-otp-login-form\"")).isTrue();
    }

    @Test
    void aMemberOfOnlyOrganizationsWithoutMfaSignsInWithoutOtp() {
        String user = TestRealm.unique("plain");
        realm.createUser(user);
        realm.addMember(organization(false), user, "org:member");

        Browser.Page afterPassword = passwordLogin(browser(), user, "");

        assertThat(afterPassword.location()).as("straight back to the app: " + afterPassword)
                .hasValueSatisfying(l -> assertThat(l).startsWith(APP_REDIRECT));
    }

    @Test
    void switchingToAnOrganizationRequiringMfaIsRefusedWithoutASecondFactorAndAllowedAfterSteppingUp() {
        String user = TestRealm.unique("switcher");
        realm.createUser(user);
        String plain = organization(false);
        String secure = organization(false);
        realm.addMember(plain, user, "org:member");
        realm.addMember(secure, user, "org:member");
        Browser browser = browser();
        Tokens.TokenSet tokens = exchange(passwordLogin(browser, user, ""));
        switchTo(tokens, plain).expect(200);
        setMfa(secure, true);

        Http.Response refused = switchTo(tokens, secure);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("mfa_required");
        assertThat(refused.json().path("error_description").asText()).contains("prompt=login").contains("organization:" + secure);
        assertThat(active(tokens)).as("the session's active organization is unchanged").isEqualTo(plain);
        assertThat(refresh(tokens).access().path("org_slug").asText()).isEqualTo(plain);
        assertThat(realm.login(user).access().path("org_slug").asText())
                .as("the last active organization is unchanged: a new session starts there").isEqualTo(plain);

        JsonNode before = sessionSecurity(tokens, secure);
        assertThat(before.path("mfa_required").asBoolean()).isTrue();
        assertThat(before.path("second_factor").asBoolean(true)).isFalse();
        assertThat(before.path("satisfied").asBoolean(true)).isFalse();

        // step up: a new authorization request in the same browser, forcing a login with the second factor
        Browser.Page setup = passwordLogin(browser, user, "&prompt=login&scope=" + enc("openid organization:" + secure));
        String key = secretKeyFromManualMode(browser, setup);
        Tokens.TokenSet stepped = exchange(browser.submit(browser.get(setup.link("mode-manual").orElseThrow().toString())
                .form("kc-totp-settings-form").with("totp", Totp.now(key))));
        assertThat(stepped.access().path("sid").asText()).as("same session").isEqualTo(tokens.access().path("sid").asText());
        assertThat(stepped.access().path("org_slug").asText())
                .as("the organization chosen at the step-up login is active at once").isEqualTo(secure);

        assertThat(sessionSecurity(stepped, secure).path("satisfied").asBoolean()).isTrue();
        switchTo(stepped, plain).expect(200);
        switchTo(stepped, secure).expect(200);
        assertThat(active(tokens)).isEqualTo(secure);
        assertThat(refresh(stepped).access().path("org_slug").asText())
                .as("a refresh keeps the session's own choice").isEqualTo(secure);
    }

    @Test
    void aSessionWithoutASecondFactorNeverStartsInAnOrganizationRequiringMfa() {
        String user = TestRealm.unique("cli");
        realm.createUser(user);
        String secure = organization(false);
        realm.addMember(secure, user, "org:member");
        Tokens.TokenSet before = realm.login(user);
        assertThat(before.access().path("org_slug").asText()).as("the only organization, before MFA").isEqualTo(secure);
        setMfa(secure, true);

        assertThat(realm.refresh(before).access().has("org_slug"))
                .as("a session that had it active loses it once the organization requires MFA").isFalse();
        assertThat(active(before)).isNull();
        assertThat(realm.login(user).access().has("org_slug")).as("not the last active or only organization").isFalse();
        assertThat(realm.login(user, "openid organization:" + secure).access().has("org_slug"))
                .as("not chosen through the organization scope either").isFalse();

        setMfa(secure, false);
        assertThat(realm.refresh(before).access().path("org_slug").asText()).as("back once the requirement is lifted").isEqualTo(secure);
    }

    @Test
    void aPasswordGrantSessionHasNoSecondFactorAndCannotActivateAnOrganizationRequiringMfa() {
        String user = TestRealm.unique("cli");
        realm.createUser(user);
        String secure = organization(true);
        realm.addMember(secure, user, "org:member");
        realm.addMember("acme", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");

        Http.Response refused = switchTo(tokens, secure);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("mfa_required");
        assertThat(active(tokens)).isEqualTo("acme");
    }

    @Test
    void acceptingAnInvitationToAnOrganizationRequiringMfaWithoutASecondFactorJoinsButDoesNotActivate() {
        String user = TestRealm.unique("invitee");
        realm.createUser(user);
        realm.addMember("acme", user, "org:member");
        String secure = organization(true);
        String invitation = realm.admin().post(realm.adminPath("/orgkit/organizations/" + secure + "/invitations"),
                Map.of("email", user + "@example.com", "role", "org:member")).expect(201).json().path("id").asText();
        Tokens.TokenSet tokens = realm.login(user, "openid organization:acme");
        assertThat(active(tokens)).isEqualTo("acme");

        realm.http().post(realm.api("/me/invitations/" + invitation + "/accept")).bearer(tokens.accessToken()).send().expect(200);

        JsonNode memberships = realm.http().get(realm.api("/me/organizations")).bearer(tokens.accessToken()).send().expect(200).json();
        assertThat(memberships.findValuesAsText("slug")).contains(secure);
        assertThat(active(tokens)).as("joined, but the session keeps its active organization").isEqualTo("acme");
    }

    @Test
    void membersReadTheSettingAndOnlyHoldersOfProfileManageOrRealmAdminsChangeIt() {
        String owner = TestRealm.unique("owner");
        String member = TestRealm.unique("member");
        String outsider = TestRealm.unique("outsider");
        realm.createUser(owner);
        realm.createUser(member);
        realm.createUser(outsider);
        String org = TestRealm.unique("perm");
        realm.createOrganization("Org " + org, org, owner);
        realm.addMember(org, member, "org:member");
        String path = realm.api("/organizations/" + org + "/security");

        assertThat(realm.http().get(path).bearer(token(member)).send().expect(200).json().path("mfa_required").asBoolean(true)).isFalse();
        assertError(realm.http().put(path).bearer(token(member)).json(Map.of("mfa_required", true)).send(), 403, "forbidden");
        assertError(realm.http().get(path).bearer(token(outsider)).send(), 404, "not_found");
        assertError(realm.http().put(path).bearer(token(outsider)).json(Map.of("mfa_required", true)).send(), 404, "not_found");
        assertThat(realm.http().get(path).send().status()).isEqualTo(401);
        assertError(realm.http().put(path).bearer(token(owner)).json(Map.of("mfa_required", "yes")).send(), 400, "invalid_request");
        assertError(realm.http().put(path).bearer(token(owner)).json(Map.of("mfa_required", true, "other", 1)).send(), 400, "invalid_request");

        JsonNode changed = realm.http().put(path).bearer(token(owner)).json(Map.of("mfa_required", true)).send().expect(200).json();

        assertThat(changed.path("mfa_required").asBoolean()).isTrue();
        assertThat(realm.http().get(path).bearer(token(member)).send().expect(200).json().path("mfa_required").asBoolean()).isTrue();
        JsonNode attributes = realm.admin().organizationByAlias(realm.name(), org).path("attributes");
        assertThat(attributes.path("orgkit.mfa-required").path(0).asText()).as("a native organization attribute").isEqualTo("true");
        JsonNode audit = realm.http().get(realm.api("/organizations/" + org + "/audit-log?max=1")).bearer(token(owner)).send()
                .expect(200).json();
        JsonNode entry = audit.isArray() ? audit.path(0) : audit.path("entries").path(0);
        assertThat(entry.path("action").asText()).isEqualTo("organization.updated");
        assertThat(entry.path("details").path("mfa_required").asText()).isEqualTo("true");

        String adminPath = realm.adminPath("/orgkit/security/organizations/" + org);
        assertThat(realm.admin().put(adminPath, Map.of("mfa_required", false)).expect(200).json().path("mfa_required").asBoolean(true))
                .isFalse();
        assertThat(realm.admin().get(adminPath).expect(200).json().path("mfa_required").asBoolean(true)).isFalse();
        assertThat(realm.admin().get(realm.adminPath("/orgkit/security/organizations/no-such-org")).status()).isEqualTo(404);
        assertThat(realm.admin().put(adminPath, Map.of("mfa_required", 1)).status()).isEqualTo(400);
    }

    // --- helpers

    private Browser browser() {
        return new Browser(realm.http().baseUrl());
    }

    /** A new organization (slug returned), with or without the MFA requirement. */
    private String organization(boolean mfaRequired) {
        String slug = TestRealm.unique("org");
        realm.createOrganization("Org " + slug, slug, null);
        if (mfaRequired) {
            setMfa(slug, true);
        }
        return slug;
    }

    private void setMfa(String org, boolean required) {
        realm.admin().put(realm.adminPath("/orgkit/security/organizations/" + org), Map.of("mfa_required", required)).expect(200);
    }

    /**
     * Starts an authorization request of the app and fills Keycloak's login form (username, then
     * password: organizations make the login identity-first); the page that follows the password.
     */
    private Browser.Page passwordLogin(Browser browser, String username, String extraParameters) {
        Browser.Page current = browser.follow(browser.get(authorizeUrl(extraParameters)));
        for (int step = 0; step < 3 && current.has("id=\"kc-form-login\""); step++) {
            Browser.Form form = current.form("kc-form-login");
            if (form.fields().containsKey("username")) {
                form = form.with("username", username);
            }
            if (form.fields().containsKey("password")) {
                form = form.with("password", username);
            }
            current = browser.follow(browser.submit(form));
        }
        return current;
    }

    /** The key an authenticator app would be given, read from the setup page's "unable to scan?" mode. */
    private static String secretKeyFromManualMode(Browser browser, Browser.Page setup) {
        assertThat(setup.has("id=\"kc-totp-settings-form\"")).as("OTP setup page expected: " + setup).isTrue();
        Browser.Page manual = browser.get(setup.link("mode-manual").orElseThrow().toString());
        Matcher key = SECRET_KEY.matcher(manual.body());
        assertThat(key.find()).as("secret key on " + manual).isTrue();
        return key.group(1).trim();
    }

    /** Exchanges the code of the redirect back to the app for tokens. */
    private Tokens.TokenSet exchange(Browser.Page redirect) {
        String location = redirect.location().orElseThrow(() -> new AssertionError("no redirect to the app: " + redirect));
        assertThat(location).startsWith(APP_REDIRECT);
        String code = null;
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            if (pair.startsWith("code=")) {
                code = java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", APP);
        form.put("redirect_uri", APP_REDIRECT);
        form.put("code", code);
        JsonNode json = realm.http().post(realm.path("/protocol/openid-connect/token")).form(form).send().expect(200).json();
        return new Tokens.TokenSet(json.path("access_token").asText(null), json.path("refresh_token").asText(null),
                json.path("id_token").asText(null), json);
    }

    private Tokens.TokenSet refresh(Tokens.TokenSet tokens) {
        return realm.tokens().refresh(realm.name(), APP, tokens.refreshToken());
    }

    private String authorizeUrl(String extraParameters) {
        String scope = extraParameters.contains("scope=") ? "" : "&scope=openid";
        return realm.path("/protocol/openid-connect/auth?client_id=" + APP + "&response_type=code" + scope
                + "&redirect_uri=" + enc(APP_REDIRECT) + extraParameters);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Http.Response switchTo(Tokens.TokenSet tokens, String organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("organization", organization);
        return realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken()).json(body).send();
    }

    private String active(Tokens.TokenSet tokens) {
        return realm.http().get(realm.api("/me/active-organization")).bearer(tokens.accessToken()).send().expect(200).json()
                .path("organization").path("slug").asText(null);
    }

    private JsonNode sessionSecurity(Tokens.TokenSet tokens, String org) {
        return realm.http().get(realm.api("/organizations/" + org + "/security/session")).bearer(tokens.accessToken()).send()
                .expect(200).json();
    }

    private String token(String user) {
        return realm.login(user).accessToken();
    }

    private static void assertError(Http.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
    }
}
