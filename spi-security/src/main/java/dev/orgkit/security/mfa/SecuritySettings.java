package dev.orgkit.security.mfa;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.OrgkitException;

/** The security settings of an organization, as the API shows and takes them: {@code {"mfa_required": true}}. */
public final class SecuritySettings {

    public static final String MFA_REQUIRED = "mfa_required";

    @JsonProperty(MFA_REQUIRED)
    public boolean mfaRequired;

    static SecuritySettings of(OrganizationModel org) {
        return of(MfaRequirement.required(org));
    }

    static SecuritySettings of(boolean mfaRequired) {
        SecuritySettings settings = new SecuritySettings();
        settings.mfaRequired = mfaRequired;
        return settings;
    }

    /** The {@code mfa_required} value of a PUT body; 400 for anything but {@code {"mfa_required": true|false}}. */
    static boolean parseMfaRequired(Map<String, Object> body) {
        problem(body).ifPresent(problem -> {
            throw OrgkitException.invalid(problem);
        });
        return (Boolean) body.get(MFA_REQUIRED);
    }

    /** Why a PUT body is not {@code {"mfa_required": true|false}}, or empty. */
    static Optional<String> problem(Map<String, Object> body) {
        if (body == null || !body.containsKey(MFA_REQUIRED)) {
            return Optional.of("a JSON body {\"mfa_required\": true|false} is required");
        }
        for (String key : body.keySet()) {
            if (!MFA_REQUIRED.equals(key)) {
                return Optional.of("unknown field '" + key + "'; only mfa_required can be set");
            }
        }
        if (!(body.get(MFA_REQUIRED) instanceof Boolean)) {
            return Optional.of("mfa_required must be true or false");
        }
        return Optional.empty();
    }
}
