package dev.orgkit.organizations.representation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.logo.Logos;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.roles.Membership;
import dev.orgkit.organizations.slug.SlugPolicy;

/** Models to API representations; one method per kind. */
public final class Representations {

    private Representations() {
    }

    public static OrganizationRepresentation organization(OrganizationModel org, boolean withPrivateMetadata, Long membersCount) {
        OrganizationRepresentation rep = new OrganizationRepresentation();
        rep.id = org.getId();
        rep.slug = org.getAlias();
        rep.name = org.getName();
        rep.description = org.getDescription();
        rep.enabled = org.isEnabled();
        rep.imageUrl = Logos.imageUrl(org).orElse(null);
        rep.hasImage = rep.imageUrl != null;
        rep.publicMetadata = Metadata.read(org, Metadata.PUBLIC_PREFIX);
        if (withPrivateMetadata) {
            rep.privateMetadata = Metadata.read(org, Metadata.PRIVATE_PREFIX);
        }
        rep.membersCount = membersCount;
        return rep;
    }

    public static MembershipRepresentation membership(OrganizationModel org, OrgRole role, Boolean active) {
        MembershipRepresentation rep = new MembershipRepresentation();
        rep.id = org.getId();
        rep.slug = org.getAlias();
        rep.name = org.getName();
        rep.enabled = org.isEnabled();
        rep.imageUrl = Logos.imageUrl(org).orElse(null);
        rep.hasImage = rep.imageUrl != null;
        rep.role = role.name();
        rep.permissions = new ArrayList<>(role.permissions());
        rep.active = active;
        return rep;
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

    public static MemberRepresentation member(Membership membership) {
        return member(membership.org(), membership.user(), membership.role(), membership.managed());
    }

    public static MemberRepresentation member(OrganizationModel org, UserModel user, OrgRole role, boolean managed) {
        MemberRepresentation rep = new MemberRepresentation();
        rep.organizationId = org.getId();
        rep.userId = user.getId();
        rep.username = user.getUsername();
        rep.email = user.getEmail();
        rep.firstName = user.getFirstName();
        rep.lastName = user.getLastName();
        rep.role = role.name();
        rep.managed = managed;
        return rep;
    }

    public static RoleRepresentation role(OrgRole role) {
        RoleRepresentation rep = new RoleRepresentation();
        rep.name = role.name();
        rep.description = role.description();
        rep.permissions = new ArrayList<>(role.permissions());
        rep.system = RoleNames.ADMIN.equals(role.name()) || RoleNames.MEMBER.equals(role.name());
        return rep;
    }

    public static List<RoleRepresentation> roles(List<OrgRole> roles) {
        return roles.stream().map(Representations::role).toList();
    }

    public static PermissionRepresentation permission(RoleModel permission) {
        PermissionRepresentation rep = new PermissionRepresentation();
        rep.name = permission.getName();
        rep.description = permission.getDescription();
        rep.system = RoleNames.isSystemPermission(permission.getName());
        return rep;
    }
}
