package dev.orgkit.security.domains;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.services.ErrorResponseException;

import dev.orgkit.organizations.access.OrgAccess;
import dev.orgkit.organizations.events.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.rest.ApiErrors;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.service.OrganizationService;

/**
 * The domains of one organization: Keycloak's native organization domains, with orgkit's
 * verification record and enrollment mode next to each. Reads need {@code org:sys_domains:read},
 * changes {@code org:sys_domains:manage}; every change takes the organization's row lock first.
 */
final class DomainService {

    private final OrgAccess access;
    private final OrganizationService organizations;
    private final NativeOrganizations orgs;
    private final TxtResolver resolver;

    DomainService(OrgAccess access, OrganizationService organizations, TxtResolver resolver) {
        this.access = access;
        this.organizations = organizations;
        this.orgs = organizations.orgs();
        this.resolver = resolver;
    }

    List<DomainRepresentation> list() {
        access.require(RoleNames.DOMAINS_READ);
        OrganizationModel org = access.org();
        return orgs.domains(org).stream()
                .sorted(Comparator.comparing(OrganizationDomainModel::getName))
                .map(d -> represent(org, d))
                .toList();
    }

    DomainRepresentation get(String rawName) {
        access.require(RoleNames.DOMAINS_READ);
        return represent(access.org(), existing(rawName));
    }

    /**
     * Adds an unverified domain with a new verification record. A domain the organization already
     * has without a record (added outside orgkit) gets one; any other domain it has answers 409.
     */
    Response add(DomainInput input) {
        access.require(RoleNames.DOMAINS_MANAGE);
        access.requireChangeable();
        if (input == null) {
            throw ApiErrors.invalid("a JSON body {\"name\": \"example.com\"} is required");
        }
        String name = normalize(input.name);
        if (PublicEmailDomains.contains(name)) {
            throw ApiErrors.badRequest("public_domain", name + " is a public email domain; anyone can have an address "
                    + "there, so no organization can claim it");
        }
        EnrollmentMode mode = mode(input.enrollmentMode, EnrollmentMode.MANUAL_INVITATION);
        OrganizationModel org = access.org();
        KeycloakRowLocks locks = KeycloakRowLocks.of(organizations.session());
        locks.lockOrganization(org.getId());
        OrganizationModel holder = orgs.byDomain(name);
        if (holder != null && !holder.getId().equals(org.getId())) {
            throw ApiErrors.conflict("domain_taken", name + " belongs to another organization");
        }
        OrganizationDomainModel current = holder == null ? null : orgs.domain(org, name).orElse(null);
        DomainSettings settings = DomainSettings.read(org, name);
        if (current != null && settings.token() != null) {
            throw ApiErrors.conflict("domain_exists", "the organization already has the domain " + name);
        }
        boolean verified = current != null && current.isVerified();
        try {
            if (current == null) {
                orgs.putDomain(org, name, false);
            }
            settings = new DomainSettings(input.enrollmentMode == null ? settings.mode() : mode, VerificationRecord.newToken());
            settings.write(org, name);
            locks.flush();
        } catch (ModelException | PersistenceException e) {
            throw ApiErrors.conflict("domain_taken", name + " belongs to another organization");
        }
        DomainRepresentation rep = DomainRepresentation.of(org.getId(), name, verified, settings);
        organizations.recorder().record(OrgAction.DOMAIN_ADDED, org.getId(), "domain", name, rep,
                Map.of("domain", name, "enrollment_mode", settings.mode().value()));
        return Response.status(current == null ? Response.Status.CREATED : Response.Status.OK).entity(rep).build();
    }

    DomainRepresentation update(String rawName, DomainInput input) {
        access.require(RoleNames.DOMAINS_MANAGE);
        access.requireChangeable();
        if (input == null) {
            throw ApiErrors.invalid("a JSON body {\"enrollment_mode\": \"...\"} is required");
        }
        OrganizationModel org = access.org();
        KeycloakRowLocks.of(organizations.session()).lockOrganization(org.getId());
        OrganizationDomainModel domain = existing(rawName);
        if (input.name != null && !normalize(input.name).equals(domain.getName())) {
            throw ApiErrors.badRequest("name_immutable", "a domain cannot be renamed; add the new one and delete this one");
        }
        DomainSettings before = DomainSettings.read(org, domain.getName());
        if (input.enrollmentMode == null) {
            return represent(org, domain);
        }
        DomainSettings after = before.withMode(mode(input.enrollmentMode, before.mode()));
        if (after.mode() == before.mode()) {
            return represent(org, domain);
        }
        after.write(org, domain.getName());
        DomainRepresentation rep = DomainRepresentation.of(org.getId(), domain.getName(), domain.isVerified(), after);
        organizations.recorder().record(OrgAction.DOMAIN_UPDATED, org.getId(), "domain", domain.getName(), rep,
                Map.of("domain", domain.getName(), "from", before.mode().value(), "to", after.mode().value()));
        return rep;
    }

    void delete(String rawName) {
        access.require(RoleNames.DOMAINS_MANAGE);
        access.requireChangeable();
        OrganizationModel org = access.org();
        KeycloakRowLocks.of(organizations.session()).lockOrganization(org.getId());
        OrganizationDomainModel domain = existing(rawName);
        DomainRepresentation rep = represent(org, domain);
        orgs.removeDomain(org, domain.getName());
        DomainSettings.remove(org, domain.getName());
        organizations.recorder().record(OrgAction.DOMAIN_REMOVED, org.getId(), "domain", domain.getName(), rep,
                Map.of("domain", domain.getName()));
    }

    /**
     * Looks the verification record up in DNS and marks the domain verified when it is there.
     * On a mismatch nothing changes and the answer (409) says what was expected and what was found.
     */
    DomainRepresentation verify(String rawName) {
        access.require(RoleNames.DOMAINS_MANAGE);
        access.requireChangeable();
        OrganizationModel org = access.org();
        OrganizationDomainModel domain = existing(rawName);
        DomainSettings settings = DomainSettings.read(org, domain.getName());
        if (domain.isVerified()) {
            return represent(org, domain);
        }
        VerificationRecord record = settings.record(domain.getName());
        if (record == null) {
            throw ApiErrors.conflict("no_verification_record", "this domain was added outside orgkit and has no "
                    + "verification record; POST it to /domains to get one");
        }
        List<String> found;
        try {
            found = resolver.txt(record.name());
        } catch (TxtResolver.LookupFailure e) {
            throw verificationFailed("dns_lookup_failed", e.getMessage() + "; try again later", record, List.of());
        }
        if (!record.matches(found)) {
            String what = found.isEmpty() ? "no TXT record there" : "the TXT value(s) " + String.join(", ", found);
            throw verificationFailed("domain_verification_failed", "expected a TXT record " + record.name()
                    + " with the value " + record.value() + ", found " + what, record, found);
        }
        KeycloakRowLocks locks = KeycloakRowLocks.of(organizations.session());
        locks.lockOrganization(org.getId());
        OrganizationDomainModel latest = existing(domain.getName());
        if (latest.isVerified()) {
            return represent(org, latest);
        }
        orgs.putDomain(org, domain.getName(), true);
        DomainRepresentation rep = DomainRepresentation.of(org.getId(), domain.getName(), true, settings);
        organizations.recorder().record(OrgAction.DOMAIN_VERIFIED, org.getId(), "domain", domain.getName(), rep,
                Map.of("domain", domain.getName()));
        return rep;
    }

    private OrganizationDomainModel existing(String rawName) {
        String name;
        try {
            name = DomainName.normalize(rawName);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.notFound("domain not found");
        }
        return orgs.domain(access.org(), name).orElseThrow(() -> ApiErrors.notFound("domain not found"));
    }

    private DomainRepresentation represent(OrganizationModel org, OrganizationDomainModel domain) {
        return DomainRepresentation.of(org.getId(), domain.getName(), domain.isVerified(),
                DomainSettings.read(org, domain.getName()));
    }

    private static String normalize(String raw) {
        try {
            return DomainName.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.badRequest("invalid_domain", e.getMessage());
        }
    }

    private static EnrollmentMode mode(String raw, EnrollmentMode fallback) {
        if (raw == null) {
            return fallback;
        }
        return EnrollmentMode.parse(raw).orElseThrow(() -> ApiErrors.invalid(
                "enrollment_mode must be manual_invitation, automatic_invitation or automatic_suggestion"));
    }

    private static ErrorResponseException verificationFailed(String error, String description, VerificationRecord record,
                                                             List<String> found) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("expected", Map.of("type", "TXT", "name", record.name(), "value", record.value()));
        body.put("found", found);
        return new ErrorResponseException(Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
