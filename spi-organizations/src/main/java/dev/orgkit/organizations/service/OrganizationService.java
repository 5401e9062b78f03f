package dev.orgkit.organizations.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.PersistenceException;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.roles.Membership;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrganizationDeleting;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.roles.MemberRoles;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.slug.SlugPolicy;
import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.representation.Metadata;
import dev.orgkit.organizations.limits.MembershipLimit;
import dev.orgkit.organizations.records.OrganizationRecordEntity;
import dev.orgkit.organizations.records.Records;
import dev.orgkit.organizations.spi.JsonMetadata;

/**
 * Creating, changing and deleting organizations, with the realm's policy. Entry points (the
 * self-service API, the admin API) authenticate; this class checks permissions through
 * {@link OrgAccess}, enforces the rules and records every change.
 */
public final class OrganizationService {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final NativeOrganizations orgs;
    private final KeycloakRowLocks locks;
    private final OrgkitPolicy policy;
    private final ChangeRecorder recorder;
    private final Records records;
    private MemberRoles roles;
    private Representations shapes;

    public OrganizationService(KeycloakSession session, RealmModel realm, ChangeRecorder recorder) {
        this.session = session;
        this.realm = realm;
        this.orgs = NativeOrganizations.of(session);
        this.locks = KeycloakRowLocks.of(session);
        this.policy = OrgkitPolicy.of(realm);
        this.recorder = recorder;
        this.records = Records.of(session);
    }

    public NativeOrganizations orgs() {
        return orgs;
    }

    public OrgkitPolicy policy() {
        return policy;
    }

    public ChangeRecorder recorder() {
        return recorder;
    }

    public KeycloakSession session() {
        return session;
    }

    public RealmModel realm() {
        return realm;
    }

    /** Member roles over the realm's catalog (created on first use). */
    public MemberRoles roles() {
        if (roles == null) {
            roles = new MemberRoles(orgs, RoleCatalog.ensure(session, realm), policy);
        }
        return roles;
    }

    /** The representations of this request. */
    public Representations shapes() {
        if (shapes == null) {
            shapes = Representations.of(session, realm);
        }
        return shapes;
    }

    public Records records() {
        return records;
    }

    public MemberService members() {
        return new MemberService(this, locks);
    }

    public OrganizationLogos logos() {
        return new OrganizationLogos(this);
    }

    /**
     * Creates an organization; {@code owner} (may be null for admin-created ones) becomes its
     * first {@code org:admin}.
     *
     * @param enforcePolicy false for superadmins and realm admins, who are not bound by the creation policy
     */
    public OrganizationModel create(OrganizationInput input, UserModel owner, boolean enforcePolicy, boolean privileged) {
        if (input == null) {
            throw OrgkitException.invalid("a JSON body with at least a name is required");
        }
        String name = name(input.name);
        String description = description(input.description);
        checkMetadata(input, privileged);
        String publicMetadata = JsonMetadata.toStored("public_metadata", input.publicMetadata);
        String privateMetadata = JsonMetadata.toStored("private_metadata", input.privateMetadata);
        if (input.enabled != null && !privileged) {
            throw OrgkitException.forbidden("only realm admins and superadmins can set enabled");
        }
        boolean limitGiven = input.maxAllowedMemberships != null;
        Integer limit = limitGiven ? requestedLimit(input, privileged) : null;
        MemberRoles memberRoles = roles();
        locks.flush();
        locks.lockClient(memberRoles.catalog().client().getId());
        if (enforcePolicy) {
            if (!policy.creationEnabled()) {
                throw OrgkitException.forbidden("creation_disabled", "creating organizations is not allowed in this realm");
            }
            if (policy.creationLimit() > 0) {
                locks.lockUser(owner.getId());
                int created = locks.countGroupAttributes(NativeOrganizations.CREATED_BY_ATTRIBUTE, owner.getId());
                if (created >= policy.creationLimit()) {
                    throw OrgkitException.forbidden("creation_limit_reached",
                            "you may create at most " + policy.creationLimit() + " organization(s)");
                }
            }
        }
        SlugPolicy slugs = new SlugPolicy(policy.reservedSlugs());
        String slug;
        if (input.slug == null || input.slug.isBlank()) {
            slug = slugs.generate(name, candidate -> orgs.byAlias(candidate) != null);
        } else {
            slug = input.slug.trim();
            slugs.problem(slug).ifPresent(problem -> {
                throw OrgkitException.badRequest("invalid_slug", problem);
            });
            if (orgs.byAlias(slug) != null) {
                throw OrgkitException.conflict("slug_taken", "an organization with the slug '" + slug + "' already exists");
            }
        }
        if (nameTaken(name, null)) {
            throw OrgkitException.conflict("name_taken", "an organization named '" + name + "' already exists");
        }
        OrganizationModel org;
        OrganizationRecordEntity record;
        try {
            org = orgs.create(name, slug);
            org.setDescription(description);
            if (owner != null) {
                org.setAttributes(Map.of(NativeOrganizations.CREATED_BY_ATTRIBUTE, List.of(owner.getId())));
            }
            record = records.newOrganization(realm.getId(), org.getId(), owner == null ? null : owner.getId());
            record.setPublicMetadata(publicMetadata == null ? JsonMetadata.empty() : publicMetadata);
            record.setPrivateMetadata(privateMetadata == null ? JsonMetadata.empty() : privateMetadata);
            if (input.enabled != null) {
                org.setEnabled(input.enabled);
            }
            locks.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            throw OrgkitException.conflict("slug_taken", "an organization with this slug or name already exists");
        }
        if (limitGiven) {
            setLimit(record, limit);
        }
        // read again: the adapter that wrote the attributes still answers those it had before
        org = orgs.byId(org.getId());
        recorder.record(CoreActions.ORGANIZATION_CREATED, org.getId(), "organization", org.getId(),
                shapes().organization(org, true, null), Map.of("slug", slug));
        if (owner != null) {
            members().join(org, owner, memberRoles.catalog().role(RoleNames.ADMIN).orElseThrow(), null, null);
        }
        return org;
    }

    /** Applies the fields present in {@code input}; answers the organization after the change. */
    public OrganizationModel update(OrgAccess access, OrganizationInput input) {
        if (input == null) {
            throw OrgkitException.invalid("a JSON body is required");
        }
        OrganizationModel org = access.org();
        access.require(RoleNames.PROFILE_MANAGE);
        access.requireChangeable();
        checkMetadata(input, access.privileged());
        if (input.owner != null) {
            throw OrgkitException.invalid("owner can only be given when creating an organization");
        }
        if (input.enabled != null && !access.privileged()) {
            throw OrgkitException.forbidden("only realm admins and superadmins can enable or disable an organization");
        }
        if (input.slug != null && !input.slug.equals(org.getAlias())) {
            throw OrgkitException.badRequest("slug_immutable", "the slug of an organization cannot be changed");
        }
        boolean limitGiven = input.maxAllowedMemberships != null;
        Integer limit = limitGiven ? requestedLimit(input, access.privileged()) : null;
        // an update that waited for a parallel delete answers 404, not 500; one that waited for an
        // identical change finds it committed and changes nothing
        KeycloakRowLocks.OrganizationRow committed = locks.lockedOrganization(org.getId());
        if (committed == null) {
            throw OrgkitException.notFound("organization not found");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        if (input.name != null) {
            String name = name(input.name);
            if (!name.equals(committed.name())) {
                if (nameTaken(name, org.getId())) {
                    throw OrgkitException.conflict("name_taken", "an organization named '" + name + "' already exists");
                }
                org.setName(name);
                changed.put("name", name);
            }
        }
        if (input.description != null) {
            String description = description(input.description);
            if (!Objects.equals(description, blankAsNull(committed.description()))) {
                org.setDescription(description);
                changed.put("description", "changed");
            }
        }
        String publicMetadata = JsonMetadata.toStored("public_metadata", input.publicMetadata);
        String privateMetadata = JsonMetadata.toStored("private_metadata", input.privateMetadata);
        OrganizationRecordEntity record = records.organizationForWrite(realm.getId(), org.getId());
        if (publicMetadata != null) {
            carryLegacyMetadata(org, record);
            if (!publicMetadata.equals(record.getPublicMetadata())) {
                record.setPublicMetadata(publicMetadata);
                changed.put("public_metadata", "changed");
            }
        }
        if (privateMetadata != null) {
            carryLegacyMetadata(org, record);
            if (!privateMetadata.equals(record.getPrivateMetadata())) {
                record.setPrivateMetadata(privateMetadata);
                changed.put("private_metadata", "changed");
            }
        }
        if (input.enabled != null && input.enabled != committed.enabled()) {
            org.setEnabled(input.enabled);
            changed.put("enabled", input.enabled.toString());
        }
        try {
            locks.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            throw OrgkitException.conflict("name_taken", "an organization with this name already exists");
        }
        if (limitGiven && setLimit(record, limit)) {
            changed.put(MembershipLimit.FIELD, limit == null ? "default" : limit.toString());
        }
        // read again: the adapter that wrote the attributes still answers those it had before
        org = orgs.byId(org.getId());
        if (!changed.isEmpty()) {
            recordUpdated(org, changed);
        }
        return org;
    }

    /** Records {@code organization.updated} with what changed; every change of an organization's profile comes here. */
    void recordUpdated(OrganizationModel org, Map<String, String> changed) {
        records.touch(records.organizationForWrite(realm.getId(), org.getId()));
        recorder.record(CoreActions.ORGANIZATION_UPDATED, org.getId(), "organization", org.getId(),
                shapes().organization(org, true, orgs.memberCount(org)), changed);
    }

    public void delete(OrgAccess access) {
        OrganizationModel org = access.org();
        access.requireVisible();
        // parallel deletes: the first one deletes, the others find no row once they hold the lock and
        // answer 404 (checked before the permission: a caller met mid-deletion may seem to have lost it)
        requireStillExists(org);
        access.require(RoleNames.PROFILE_DELETE);
        access.requireChangeable();
        // the deletion ends what features keep (invitations), then every membership: apps hear of
        // each, then of the organization
        new OrganizationDeleting(session, realm, org, recorder).publish();
        MemberRoles memberRoles = roles();
        Representations shapes = shapes();
        orgs.members(org, null, 0, Integer.MAX_VALUE).forEach(member -> {
            OrgRole role = memberRoles.roleOf(org, member);
            recorder.record(CoreActions.MEMBER_REMOVED, org.getId(), "user", member.getId(),
                    shapes.member(new Membership(org, member, role, orgs.isManagedMember(org, member)), true),
                    Map.of("role", role.name(), "reason", "organization_deleted"));
        });
        recorder.record(CoreActions.ORGANIZATION_DELETED, org.getId(), "organization", org.getId(),
                Representations.deletedOrganization(org), Map.of("slug", org.getAlias()));
        orgs.delete(org);
    }

    /** The membership limit an input asks for (null: the realm's default); only realm admins and superadmins may set one. */
    private static Integer requestedLimit(OrganizationInput input, boolean privileged) {
        if (!privileged) {
            throw OrgkitException.forbidden("only realm admins and superadmins can set " + MembershipLimit.FIELD);
        }
        return MembershipLimit.requested(input.maxAllowedMemberships);
    }

    /**
     * Gives the organization of {@code record} its own membership limit, or none (null: the realm's
     * default), with the organization locked; answers whether it changed.
     */
    private boolean setLimit(OrganizationRecordEntity record, Integer limit) {
        if (Objects.equals(record.getMaxAllowedMemberships(), limit)) {
            return false;
        }
        record.setMaxAllowedMemberships(limit);
        try {
            locks.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            // MariaDB: a parallel request made the organization's record after this request's first read
            throw OrgkitException.conflict("concurrent_change", "the organization was just changed by a parallel request; read it again");
        }
        return true;
    }

    /** Takes the organization's row lock; 404 when a parallel request deleted it meanwhile. */
    void requireStillExists(OrganizationModel org) {
        if (!locks.lockOrganization(org.getId())) {
            throw OrgkitException.notFound("organization not found");
        }
    }

    private boolean nameTaken(String name, String exceptId) {
        return orgs.byExactName(name).anyMatch(o -> !o.getId().equals(exceptId));
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw OrgkitException.invalid("name is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw OrgkitException.invalid("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw OrgkitException.invalid("name must not contain control characters");
        }
        return name;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String description(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_DESCRIPTION_LENGTH) {
            throw OrgkitException.invalid("description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return raw.strip();
    }

    /**
     * The first JSON write of an organization that still has 0.1's flat metadata attributes: the
     * record takes them over (as strings) and the attributes go, so they are never read again.
     */
    private static void carryLegacyMetadata(OrganizationModel org, OrganizationRecordEntity record) {
        if (record.getPublicMetadata() == null) {
            record.setPublicMetadata(JsonMetadata.toStored("public_metadata", Metadata.legacy(org, Metadata.PUBLIC_PREFIX)));
        }
        if (record.getPrivateMetadata() == null) {
            record.setPrivateMetadata(JsonMetadata.toStored("private_metadata", Metadata.legacy(org, Metadata.PRIVATE_PREFIX)));
        }
        Metadata.removeLegacy(org, Metadata.PUBLIC_PREFIX);
        Metadata.removeLegacy(org, Metadata.PRIVATE_PREFIX);
    }

    private static void checkMetadata(OrganizationInput input, boolean privileged) {
        if (input.privateMetadata != null && !privileged) {
            throw OrgkitException.forbidden("only realm admins and superadmins can set private_metadata");
        }
    }
}
