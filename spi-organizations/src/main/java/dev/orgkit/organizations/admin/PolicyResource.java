package dev.orgkit.organizations.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgkitFeatures;
import dev.orgkit.organizations.spi.Setting;

/**
 * The realm's settings at {@code /admin/realms/{realm}/orgkit/policy}: every setting the installed
 * jars declare, read with its default, and changed with validation; the declarations themselves at
 * {@code .../orgkit/settings}.
 */
final class PolicyResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final ChangeRecorder changes;

    PolicyResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, ChangeRecorder changes) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.changes = changes;
    }

    /** Every setting's value by key. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> values() {
        AdminChecks.requireView(auth);
        return current();
    }

    /** Changes the settings present in the body, e.g. {@code {"creation-enabled": "true"}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> update(Map<String, Object> body) {
        AdminChecks.requireManage(auth);
        if (body == null || body.isEmpty()) {
            throw OrgkitException.invalid("a JSON object of settings to change is required");
        }
        Map<String, Setting> declared = OrgkitFeatures.settings(session);
        Map<Setting, String> normalized = new LinkedHashMap<>();
        for (Map.Entry<String, Object> change : body.entrySet()) {
            Setting setting = declared.get(change.getKey());
            if (setting == null) {
                throw OrgkitException.badRequest("unknown_setting", "there is no setting '" + change.getKey() + "'");
            }
            if (change.getValue() == null) {
                throw OrgkitException.invalid(setting.key() + " must not be null");
            }
            try {
                normalized.put(setting, setting.normalize(String.valueOf(change.getValue())));
            } catch (IllegalArgumentException e) {
                throw OrgkitException.badRequest("invalid_setting", e.getMessage());
            }
        }
        // one writer at a time, deciding on committed values: identical PUTs racing record one change
        KeycloakRowLocks locks = KeycloakRowLocks.of(session);
        locks.lockRealm(realm.getId());
        Map<String, String> details = new LinkedHashMap<>();
        normalized.forEach((setting, value) -> {
            if (!value.equals(setting.read(name -> locks.realmAttribute(realm.getId(), name)))) {
                setting.write(realm, value);
                details.put(setting.key(), value);
            }
        });
        Map<String, String> result = current();
        if (!details.isEmpty()) {
            changes.record(CoreActions.POLICY_UPDATED, null, "policy", null, result, details);
        }
        return result;
    }

    private Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        OrgkitFeatures.settings(session).values().forEach(setting -> values.put(setting.key(), setting.read(realm)));
        return values;
    }

    /** What a setting is: for the admin console and the docs. */
    public record SettingDeclaration(String key, String attribute, String kind,
                                     @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue, String description,
                                     String feature) {
    }

    static List<SettingDeclaration> declarations(KeycloakSession session) {
        return OrgkitFeatures.settings(session).values().stream()
                .map(s -> new SettingDeclaration(s.key(), s.attribute(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
                        s.defaultValue(), s.description(), OrgkitFeatures.featureOf(session, s).orElse(null)))
                .toList();
    }
}
