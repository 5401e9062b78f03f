package dev.orgkit.organizations.representation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.records.MembershipRecordEntity;
import dev.orgkit.organizations.records.OrganizationRecordEntity;
import dev.orgkit.organizations.records.Records;
import dev.orgkit.organizations.limits.MembershipLimit;
import dev.orgkit.organizations.logo.Logos;
import dev.orgkit.organizations.roles.Membership;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.slug.SlugPolicy;
import dev.orgkit.organizations.spi.DeletedObject;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.PublicOrganizationData;

/**
 * Models to representations, one method per kind, for one request: the REST answers, the webhook
 * {@code data} and the audit entries all come from here, so they cannot drift apart.
 */
public final class Representations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Records records;
    private Boolean adminDeleteEnabled;
    /** What {@link #prefetch} loaded for a page of organizations: records and logo hashes, absent ones included. */
    private final Map<String, Optional<OrganizationRecordEntity>> prefetchedRecords = new HashMap<>();
    private final Map<String, Optional<String>> prefetchedLogos = new HashMap<>();

    private Representations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.records = Records.of(session);
    }

    public static Representations of(KeycloakSession session, RealmModel realm) {
        return new Representations(session, realm);
    }

    /**
     * Loads what the representations of a page of organizations read, in two queries instead of two
     * per organization (list endpoints); answers the page.
     */
    public List<OrganizationModel> prefetch(List<OrganizationModel> orgs) {
        List<String> ids = orgs.stream().map(OrganizationModel::getId).toList();
        Map<String, OrganizationRecordEntity> found = records.organizations(ids);
        Map<String, String> logos = Logos.of(session).sha256s(ids);
        ids.forEach(id -> {
            prefetchedRecords.put(id, Optional.ofNullable(found.get(id)));
            prefetchedLogos.put(id, Optional.ofNullable(logos.get(id)));
        });
        return orgs;
    }

    private Optional<OrganizationRecordEntity> record(String organizationId) {
        Optional<OrganizationRecordEntity> prefetched = prefetchedRecords.get(organizationId);
        return prefetched != null ? prefetched : records.organization(organizationId);
    }

    private String imageUrl(OrganizationModel org) {
        Optional<String> prefetched = prefetchedLogos.get(org.getId());
        Optional<String> url = prefetched == null ? Logos.imageUrl(session, realm, org)
                : prefetched.flatMap(sha256 -> Logos.url(session, realm, org.getId(), sha256));
        return url.orElse(null);
    }

    /**
     * @param withPrivateMetadata for realm admins, superadmins and webhooks
     * @param membersCount only on a single organization (null leaves it out)
     */
    public OrganizationRepresentation organization(OrganizationModel org, boolean withPrivateMetadata, Long membersCount) {
        OrganizationRepresentation rep = new OrganizationRepresentation();
        Optional<OrganizationRecordEntity> record = record(org.getId());
        rep.id = org.getId();
        rep.name = org.getName();
        rep.slug = org.getAlias();
        rep.membersCount = membersCount;
        rep.imageUrl = imageUrl(org);
        rep.hasImage = rep.imageUrl != null;
        rep.maxAllowedMemberships = MembershipLimit.effective(realm,
                record.map(OrganizationRecordEntity::getMaxAllowedMemberships).orElse(null));
        rep.adminDeleteEnabled = adminDeleteEnabled();
        rep.publicMetadata = record.map(OrganizationRecordEntity::getPublicMetadata).map(JsonMetadata::fromStored)
                .orElseGet(() -> Metadata.legacy(org, Metadata.PUBLIC_PREFIX));
        if (withPrivateMetadata) {
            rep.privateMetadata = record.map(OrganizationRecordEntity::getPrivateMetadata).map(JsonMetadata::fromStored)
                    .orElseGet(() -> Metadata.legacy(org, Metadata.PRIVATE_PREFIX));
        }
        rep.createdBy = record.map(OrganizationRecordEntity::getCreatedBy)
                .orElseGet(() -> firstAttribute(org, NativeOrganizations.CREATED_BY_ATTRIBUTE));
        rep.createdAt = record.map(OrganizationRecordEntity::getCreatedAt).orElse(0L);
        rep.updatedAt = record.map(OrganizationRecordEntity::getUpdatedAt).orElse(0L);
        rep.description = org.getDescription();
        rep.enabled = org.isEnabled();
        return rep;
    }

    public PublicOrganizationData publicOrganizationData(OrganizationModel org) {
        PublicOrganizationData rep = new PublicOrganizationData();
        rep.id = org.getId();
        rep.name = org.getName();
        rep.slug = org.getAlias();
        rep.imageUrl = imageUrl(org);
        rep.hasImage = rep.imageUrl != null;
        return rep;
    }

    public static DeletedObject deletedOrganization(OrganizationModel org) {
        return new DeletedObject("organization", org.getId(), org.getAlias());
    }

    public MembershipRepresentation membership(OrganizationModel org, OrgRole role, Boolean active) {
        MembershipRepresentation rep = new MembershipRepresentation();
        rep.id = org.getId();
        rep.slug = org.getAlias();
        rep.name = org.getName();
        rep.enabled = org.isEnabled();
        rep.imageUrl = imageUrl(org);
        rep.hasImage = rep.imageUrl != null;
        rep.role = role.name();
        rep.permissions = new ArrayList<>(role.permissions());
        rep.active = active;
        return rep;
    }

    public MemberRepresentation member(Membership membership, boolean withPrivateMetadata) {
        return member(membership, withPrivateMetadata, organization(membership.org(), withPrivateMetadata, null),
                records.membership(membership.org().getId(), membership.user().getId()));
    }

    /** A page of members of one organization, with one query for their records. */
    public List<MemberRepresentation> members(List<Membership> memberships, boolean withPrivateMetadata) {
        if (memberships.isEmpty()) {
            return List.of();
        }
        OrganizationModel org = memberships.get(0).org();
        OrganizationRepresentation organization = organization(org, withPrivateMetadata, null);
        Map<String, MembershipRecordEntity> byUser = records.memberships(org.getId(),
                        memberships.stream().map(m -> m.user().getId()).toList())
                .stream().collect(Collectors.toMap(MembershipRecordEntity::getUserId, Function.identity()));
        return memberships.stream()
                .map(m -> member(m, withPrivateMetadata, organization, Optional.ofNullable(byUser.get(m.user().getId()))))
                .toList();
    }

    private MemberRepresentation member(Membership membership, boolean withPrivateMetadata,
                                        OrganizationRepresentation organization, Optional<MembershipRecordEntity> record) {
        OrganizationModel org = membership.org();
        UserModel user = membership.user();
        MemberRepresentation rep = new MemberRepresentation();
        rep.id = Records.membershipId(org.getId(), user.getId());
        rep.role = membership.role().name();
        rep.permissions = new ArrayList<>(membership.role().permissions());
        rep.publicMetadata = record.map(MembershipRecordEntity::getPublicMetadata).map(JsonMetadata::fromStored)
                .orElseGet(java.util.LinkedHashMap::new);
        if (withPrivateMetadata) {
            rep.privateMetadata = record.map(MembershipRecordEntity::getPrivateMetadata).map(JsonMetadata::fromStored)
                    .orElseGet(java.util.LinkedHashMap::new);
        }
        rep.createdAt = record.map(MembershipRecordEntity::getCreatedAt).orElse(0L);
        rep.updatedAt = record.map(MembershipRecordEntity::getUpdatedAt).orElse(0L);
        rep.organization = organization;
        rep.publicUserData = publicUserData(user);
        rep.organizationId = org.getId();
        rep.userId = user.getId();
        rep.username = user.getUsername();
        rep.email = user.getEmail();
        rep.firstName = user.getFirstName();
        rep.lastName = user.getLastName();
        rep.managed = membership.managed();
        return rep;
    }

    public static PublicUserData publicUserData(UserModel user) {
        PublicUserData rep = new PublicUserData();
        rep.userId = user.getId();
        rep.identifier = user.getEmail() != null ? user.getEmail() : user.getUsername();
        rep.firstName = user.getFirstName();
        rep.lastName = user.getLastName();
        String picture = user.getFirstAttribute("picture");
        rep.hasImage = picture != null && !picture.isBlank();
        rep.imageUrl = rep.hasImage ? picture : "";
        rep.username = user.getUsername();
        return rep;
    }

    private boolean adminDeleteEnabled() {
        if (adminDeleteEnabled == null) {
            adminDeleteEnabled = RoleCatalog.find(realm)
                    .flatMap(catalog -> catalog.role(RoleNames.ADMIN))
                    .map(admin -> admin.permissions().contains(RoleNames.PROFILE_DELETE))
                    .orElse(true);
        }
        return adminDeleteEnabled;
    }

    private static String firstAttribute(OrganizationModel org, String name) {
        Map<String, List<String>> attributes = org.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public static OrganizationCreationRepresentation creation(boolean allowed, String reason, int limit, long created,
                                                              Collection<String> reservedSlugs) {
        OrganizationCreationRepresentation rep = new OrganizationCreationRepresentation();
        rep.allowed = allowed;
        rep.reason = reason;
        rep.limit = limit;
        rep.created = created;
        rep.slugMinLength = SlugPolicy.MIN_LENGTH;
        rep.slugMaxLength = SlugPolicy.MAX_LENGTH;
        rep.reservedSlugs = reservedSlugs.stream().sorted().toList();
        return rep;
    }

    /** A role of the catalog as it is now: Clerk's {@code RoleJSON} plus orgkit's {@code system}. */
    public static RoleRepresentation role(RoleCatalog catalog, RoleModel role) {
        RoleRepresentation rep = new RoleRepresentation();
        rep.id = role.getId();
        rep.key = role.getName();
        rep.name = RoleCatalog.readableName(role);
        rep.description = role.getDescription();
        rep.permissions = catalog.permissionModelsOf(role).stream().map(Representations::permission).toList();
        // the organization's creator joins as org:admin (OrganizationService)
        rep.isCreatorEligible = RoleNames.ADMIN.equals(role.getName());
        rep.createdAt = RoleCatalog.createdAt(role);
        rep.updatedAt = RoleCatalog.updatedAt(role);
        rep.system = RoleNames.ADMIN.equals(role.getName()) || RoleNames.MEMBER.equals(role.getName());
        return rep;
    }

    /** Every role of the catalog, sorted by key. */
    public static List<RoleRepresentation> roles(RoleCatalog catalog) {
        return catalog.roleModels().stream().map(role -> role(catalog, role)).toList();
    }

    /** A permission of the catalog: Clerk's {@code PermissionJSON} plus orgkit's {@code system}. */
    public static PermissionRepresentation permission(RoleModel permission) {
        PermissionRepresentation rep = new PermissionRepresentation();
        rep.id = permission.getId();
        rep.key = permission.getName();
        rep.name = RoleCatalog.readableName(permission);
        rep.description = permission.getDescription() == null ? "" : permission.getDescription();
        rep.createdAt = RoleCatalog.createdAt(permission);
        rep.updatedAt = RoleCatalog.updatedAt(permission);
        rep.system = RoleNames.isSystemPermission(permission.getName());
        return rep;
    }

    /** Every permission of the catalog, sorted by key. */
    public static List<PermissionRepresentation> permissions(RoleCatalog catalog) {
        return catalog.permissions().stream().map(Representations::permission).toList();
    }
}
