package dev.orgkit.security.domains;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

import dev.orgkit.invitations.spi.InvitationsApi;
import dev.orgkit.organizations.spi.DeletedObject;

/** Domains to their one representation, for REST answers, webhooks and audit alike. */
final class DomainViews {

    static final String OBJECT = "organization_domain";

    private final KeycloakSession session;

    DomainViews(KeycloakSession session) {
        this.session = session;
    }

    DomainRepresentation of(OrganizationModel org, String name, boolean verified, DomainSettings settings) {
        DomainRepresentation rep = new DomainRepresentation();
        rep.id = id(org.getId(), name);
        rep.name = name;
        rep.displayName = DomainName.toUnicode(name);
        rep.organizationId = org.getId();
        rep.verified = verified;
        rep.enrollmentMode = settings.mode().value();
        rep.verification = verification(name, verified, settings);
        rep.createdAt = settings.createdAt();
        rep.updatedAt = settings.updatedAt();
        rep.totalPendingInvitations = InvitationsApi.pendingAt(session, org, name);
        rep.totalPendingSuggestions = 0;
        return rep;
    }

    static DeletedObject deleted(OrganizationModel org, String name) {
        return new DeletedObject(OBJECT, id(org.getId(), name), null);
    }

    /** A domain's id: a name-based UUID of the organization's id and the domain name. */
    static String id(String organizationId, String name) {
        return UUID.nameUUIDFromBytes(("orgkit-domain:" + organizationId + ":" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static DomainRepresentation.Verification verification(String name, boolean verified, DomainSettings settings) {
        VerificationRecord record = settings.record(name);
        if (record == null && !verified) {
            return null;
        }
        DomainRepresentation.Verification verification = new DomainRepresentation.Verification();
        verification.status = verified ? "verified" : "unverified";
        verification.strategy = record == null ? "admin" : "dns_txt";
        if (record != null) {
            verification.type = "TXT";
            verification.name = record.name();
            verification.value = record.value();
        }
        return verification;
    }
}
