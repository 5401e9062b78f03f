package dev.orgkit.security.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * The domains of one organization: Keycloak's native organization domains and orgkit's unverified
 * claims, with orgkit's verification record and enrollment mode next to each. A claim becomes a
 * native domain when it is proven, so an unverified claim blocks no other organization. Reads need
 * {@code org:sys_domains:read}, changes {@code org:sys_domains:manage}; every change takes the
 * organization's row lock first, and claims and proofs also the realm's.
 */
final class DomainService {

    private final OrgAccess access;
    private final OrgkitCore core;
    private final ChangeRecorder changes;
    private final NativeDomains orgs;
    private final TxtResolver resolver;
    private final DomainViews views;

    DomainService(OrgRequest request, TxtResolver resolver) {
        this.access = request.access();
        this.core = request.core();
        this.changes = request.changes();
        this.orgs = NativeDomains.of(request.session());
        this.resolver = resolver;
        this.views = new DomainViews(request.session());
    }

    List<DomainRepresentation> list() {
        access.require(DomainDeclarations.READ);
        OrganizationModel org = access.org();
        Map<String, DomainRepresentation> all = new TreeMap<>();
        orgs.domains(org).forEach(d -> all.put(d.getName(), represent(org, new Claim(d.getName(), true, d.isVerified()))));
        DomainSettings.names(org).forEach(name -> all.computeIfAbsent(name, n -> represent(org, new Claim(n, false, false))));
        return List.copyOf(all.values());
    }

    DomainRepresentation get(String rawName) {
        access.require(DomainDeclarations.READ);
        return represent(access.org(), existing(rawName));
    }

    /**
     * Claims a domain with a new verification record. The claim is the organization's own until it
     * proves the domain: several organizations may claim one name, and the first to verify it gets
     * it. A domain another organization holds natively (verified, or added outside orgkit) answers
     * 409 {@code domain_taken}; a native domain of this organization without a record gets one.
     */
    Response add(DomainInput input) {
        access.require(DomainDeclarations.MANAGE);
        access.requireChangeable();
        if (input == null) {
            throw OrgkitException.invalid("a JSON body {\"name\": \"example.com\"} is required");
        }
        String name = normalize(input.name);
        if (PublicEmailDomains.contains(name)) {
            throw OrgkitException.badRequest("public_domain", name + " is a public email domain; anyone can have an address "
                    + "there, so no organization can claim it");
        }
        EnrollmentMode mode = mode(input.enrollmentMode, EnrollmentMode.MANUAL_INVITATION);
        OrganizationModel org = access.org();
        List<NativeDomains.Holder> holders = lockDomain(org, name);
        if (holders.stream().anyMatch(holder -> !holder.organizationId().equals(org.getId()))) {
            throw OrgkitException.conflict("domain_taken", name + " belongs to another organization");
        }
        boolean current = !holders.isEmpty();
        DomainSettings settings = DomainSettings.read(org, name);
        // for a claim, a locking read rather than the model: a parallel duplicate may have made it a moment ago
        boolean claimed = settings.token() != null || (!current && core.committedAttribute(org.getId(),
                DomainSettings.ATTRIBUTE_PREFIX + name).isPresent());
        if (claimed) {
            throw OrgkitException.conflict("domain_exists", "the organization already has the domain " + name);
        }
        boolean verified = current && holders.get(0).verified();
        settings = DomainSettings.claimed(input.enrollmentMode == null ? settings.mode() : mode, VerificationRecord.newToken(),
                settings, Time.currentTimeMillis());
        settings.write(org, name);
        DomainRepresentation rep = views.of(org, name, verified, settings);
        changes.record(DomainDeclarations.ADDED, org.getId(), "domain", name, rep,
                Map.of("domain", name, "enrollment_mode", settings.mode().value()));
        return Response.status(!current ? Response.Status.CREATED : Response.Status.OK).entity(rep).build();
    }

    DomainRepresentation update(String rawName, DomainInput input) {
        access.require(DomainDeclarations.MANAGE);
        access.requireChangeable();
        if (input == null) {
            throw OrgkitException.invalid("a JSON body {\"enrollment_mode\": \"...\"} is required");
        }
        OrganizationModel org = access.org();
        lockOrganization(org);
        Claim domain = committed(rawName);
        if (input.name != null && !normalize(input.name).equals(domain.name())) {
            throw OrgkitException.badRequest("name_immutable", "a domain cannot be renamed; add the new one and delete this one");
        }
        // decided on the committed settings: a parallel duplicate may have changed them a moment ago
        DomainSettings before = committedSettings(org, domain.name());
        if (input.enrollmentMode == null) {
            return views.of(org, domain.name(), domain.verified(), before);
        }
        DomainSettings after = before.withMode(mode(input.enrollmentMode, before.mode()), Time.currentTimeMillis());
        if (after.mode() == before.mode()) {
            return views.of(org, domain.name(), domain.verified(), before);
        }
        writeOrConflict(() -> after.write(org, domain.name()));
        DomainRepresentation rep = views.of(org, domain.name(), domain.verified(), after);
        changes.record(DomainDeclarations.UPDATED, org.getId(), "domain", domain.name(), rep,
                Map.of("domain", domain.name(), "from", before.mode().value(), "to", after.mode().value()));
        return rep;
    }

    void delete(String rawName) {
        access.require(DomainDeclarations.MANAGE);
        access.requireChangeable();
        OrganizationModel org = access.org();
        lockOrganization(org);
        // a parallel duplicate that removed it first: one removal, one audit entry, the others 404
        Claim domain = committed(rawName);
        writeOrConflict(() -> {
            if (domain.isNative()) {
                orgs.removeDomain(org, domain.name());
            }
            DomainSettings.remove(org, domain.name());
        });
        changes.record(DomainDeclarations.REMOVED, org.getId(), "domain", domain.name(),
                DomainViews.deleted(org, domain.name()), Map.of("domain", domain.name()));
    }

    /**
     * Looks the verification record up in DNS and, when it is there, makes the domain a verified
     * native domain of the organization, unless another organization proved it first (409
     * {@code domain_taken}). On a mismatch nothing changes and the answer (409) says what was
     * expected and what was found.
     */
    DomainRepresentation verify(String rawName) {
        access.require(DomainDeclarations.MANAGE);
        access.requireChangeable();
        OrganizationModel org = access.org();
        Claim domain = existingOrCommitted(org, rawName);
        DomainSettings settings = DomainSettings.read(org, domain.name());
        if (domain.verified()) {
            return represent(org, domain);
        }
        VerificationRecord record = settings.record(domain.name());
        if (record == null) {
            throw OrgkitException.conflict("no_verification_record", "this domain was added outside orgkit and has no "
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
        List<NativeDomains.Holder> holders = lockDomain(org, domain.name());
        if (holders.stream().anyMatch(holder -> !holder.organizationId().equals(org.getId()))) {
            throw OrgkitException.conflict("domain_taken", domain.name() + " was verified by another organization first");
        }
        if (holders.stream().anyMatch(NativeDomains.Holder::verified)) {
            // a parallel duplicate proved it a moment ago: one change, one audit entry
            return views.of(org, domain.name(), true, committedSettings(org, domain.name()));
        }
        DomainSettings proven = settings.touched(Time.currentTimeMillis());
        try {
            orgs.putDomain(org, domain.name(), true);
            proven.write(org, domain.name());
            core.flush();
        } catch (ModelException | PersistenceException e) {
            throw OrgkitException.conflict("domain_taken", domain.name() + " belongs to another organization");
        }
        DomainRepresentation rep = views.of(org, domain.name(), true, proven);
        changes.record(DomainDeclarations.VERIFIED, org.getId(), "domain", domain.name(), rep,
                Map.of("domain", domain.name()));
        return rep;
    }

    /**
     * Serialises every change of who holds {@code name} in the realm (through the row of the realm's
     * role catalog client, as organization creation does), then of the organization, and reads the
     * native holders of the name with a lock: two organizations claiming or proving one domain at
     * once are decided one after the other, on committed data.
     */
    private List<NativeDomains.Holder> lockDomain(OrganizationModel org, String name) {
        core.lockRealm();
        core.lockExistingOrganization(org.getId());
        return orgs.holdersLocked(name);
    }

    private void lockOrganization(OrganizationModel org) {
        core.lockExistingOrganization(org.getId());
    }

    /** A domain of the organization: native (verified or not), or a claim orgkit keeps until it is proven. */
    private record Claim(String name, boolean isNative, boolean verified) { }

    /** A domain of the organization as the committed rows have it; call under the organization's lock. */
    private Claim committed(String rawName) {
        String name;
        try {
            name = DomainName.normalize(rawName);
        } catch (IllegalArgumentException e) {
            throw OrgkitException.notFound("domain not found");
        }
        OrganizationModel org = access.org();
        Optional<NativeDomains.Holder> holder = orgs.holdersLocked(name).stream()
                .filter(h -> h.organizationId().equals(org.getId())).findFirst();
        if (holder.isPresent()) {
            return new Claim(name, true, holder.get().verified());
        }
        if (core.committedAttribute(org.getId(), DomainSettings.ATTRIBUTE_PREFIX + name).isPresent()) {
            return new Claim(name, false, false);
        }
        throw OrgkitException.notFound("domain not found");
    }

    private DomainSettings committedSettings(OrganizationModel org, String name) {
        return DomainSettings.parse(core.committedAttribute(org.getId(), DomainSettings.ATTRIBUTE_PREFIX + name).orElse(null));
    }

    /**
     * Writes now, so that a write over attributes a parallel request changed a moment ago (Keycloak
     * writes an organization's attributes as a whole) fails here, as a 409, not at commit as a 500.
     */
    private void writeOrConflict(Runnable write) {
        try {
            write.run();
            core.flush();
        } catch (ModelException | PersistenceException e) {
            throw OrgkitException.conflict("concurrent_change",
                    "the organization's domains were just changed by a parallel request; read them again");
        }
    }

    /**
     * {@link #existing}, or, when that finds nothing, the committed rows under the locks a proof
     * takes: a parallel duplicate proving the domain at this moment can leave Keycloak's view of the
     * organization showing neither the claim nor the native domain (seen on PostgreSQL in
     * DomainClaimsIT: one duplicate answered 404 while the others answered 200).
     */
    private Claim existingOrCommitted(OrganizationModel org, String rawName) {
        try {
            return existing(rawName);
        } catch (OrgkitException e) {
            if (e.kind() != OrgkitException.Kind.NOT_FOUND) {
                throw e;
            }
            core.lockRealm();
            core.lockExistingOrganization(org.getId());
            return committed(rawName);
        }
    }

    private Claim existing(String rawName) {
        String name;
        try {
            name = DomainName.normalize(rawName);
        } catch (IllegalArgumentException e) {
            throw OrgkitException.notFound("domain not found");
        }
        OrganizationModel org = access.org();
        Optional<OrganizationDomainModel> nativeDomain = orgs.domain(org, name);
        if (nativeDomain.isPresent()) {
            return new Claim(name, true, nativeDomain.get().isVerified());
        }
        if (DomainSettings.exists(org, name)) {
            return new Claim(name, false, false);
        }
        throw OrgkitException.notFound("domain not found");
    }

    private DomainRepresentation represent(OrganizationModel org, Claim domain) {
        return views.of(org, domain.name(), domain.verified(), DomainSettings.read(org, domain.name()));
    }

    private static String normalize(String raw) {
        try {
            return DomainName.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw OrgkitException.badRequest("invalid_domain", e.getMessage());
        }
    }

    private static EnrollmentMode mode(String raw, EnrollmentMode fallback) {
        if (raw == null) {
            return fallback;
        }
        return EnrollmentMode.parse(raw).orElseThrow(() -> OrgkitException.invalid(
                "enrollment_mode must be manual_invitation, automatic_invitation or automatic_suggestion"));
    }

    private static OrgkitException verificationFailed(String error, String description, VerificationRecord record,
                                                      List<String> found) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("expected", Map.of("type", "TXT", "name", record.name(), "value", record.value()));
        extra.put("found", found);
        return OrgkitException.of(OrgkitException.Kind.CONFLICT, error, description, extra);
    }
}
