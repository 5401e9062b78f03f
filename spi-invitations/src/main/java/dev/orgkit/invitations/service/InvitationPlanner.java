package dev.orgkit.invitations.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.validation.Validation;

import dev.orgkit.invitations.representation.InvitationInput;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.invitations.config.InvitationSettings;
import dev.orgkit.organizations.spi.OrgkitCore;

/** Checks every invitation of a request before any is created (all or nothing). */
final class InvitationPlanner {

    /** One checked invitation to create. */
    record Planned(String email, OrgRole role, String redirectUri, int days, boolean replace, String publicMetadata,
                   String privateMetadata) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrgAccess access;
    private final OrgkitCore core;

    InvitationPlanner(KeycloakSession session, RealmModel realm, OrgAccess access) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.core = OrgkitCore.of(session);
    }

    List<Planned> plan(List<InvitationInput> inputs) {
        List<Planned> plan = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Planned planned = plan(inputs.get(i), inputs.size() > 1 ? "invitations[" + i + "]." : "");
            if (!emails.add(planned.email())) {
                throw OrgkitException.badRequest("duplicate_email", "the email " + planned.email() + " appears more than once");
            }
            plan.add(planned);
        }
        return plan;
    }

    private Planned plan(InvitationInput input, String prefix) {
        if (input == null) {
            throw OrgkitException.invalid(prefix + "an invitation object is required");
        }
        if (input.email != null && input.emailAddress != null && !input.email.strip().equalsIgnoreCase(input.emailAddress.strip())) {
            throw OrgkitException.invalid(prefix + "email and email_address differ; give one of them");
        }
        String email;
        int days;
        try {
            email = InvitationRules.normalizeEmail(input.email != null ? input.email : input.emailAddress);
            days = InvitationRules.expiryDays(input.expiresInDays, InvitationSettings.EXPIRY_DAYS.readCount(realm));
        } catch (IllegalArgumentException e) {
            throw OrgkitException.invalid(prefix + e.getMessage());
        }
        if (!Validation.isEmailValid(email)) {
            throw OrgkitException.invalid(prefix + "email is not a valid email address");
        }
        if (input.role == null || input.role.isBlank()) {
            throw OrgkitException.invalid(prefix + "role is required");
        }
        OrgRole role = core.roleToAssign(input.role);
        if (!access.covers(role)) {
            throw OrgkitException.forbidden("you can only invite with roles whose permissions you hold yourself");
        }
        String redirectUri = RedirectUris.check(session, realm, input.redirectUri);
        if (input.privateMetadata != null && !access.privileged()) {
            throw OrgkitException.forbidden("only realm admins and superadmins can set an invitation's private_metadata");
        }
        String publicMetadata = JsonMetadata.toStored(prefix + "public_metadata", input.publicMetadata);
        String privateMetadata = JsonMetadata.toStored(prefix + "private_metadata", input.privateMetadata);
        return new Planned(email, role, redirectUri, days, Boolean.TRUE.equals(input.replace), publicMetadata,
                privateMetadata);
    }
}
