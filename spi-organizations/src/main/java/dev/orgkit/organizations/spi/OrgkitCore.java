package dev.orgkit.organizations.spi;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.provider.Provider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the core does for a jar, in the realm of the session's context: memberships with their
 * roles (and the rules that come with them), row locks that order changes of one organization,
 * and the active organization. A jar never reads the core's tables or classes; it asks this.
 * Obtain it with {@link #of(KeycloakSession)}.
 */
public interface OrgkitCore extends Provider {

    /** Longest organization name. */
    int MAX_NAME_LENGTH = 255;

    /** The {@code error} of a refusal because an organization has no room for another member (409). */
    String MEMBERSHIP_LIMIT_REACHED = "membership_limit_reached";

    static OrgkitCore of(KeycloakSession session) {
        return session.getProvider(OrgkitCore.class);
    }

    Optional<OrganizationModel> organization(String id);

    /** An organization by id or by slug (alias). */
    Optional<OrganizationModel> organizationByIdOrSlug(String idOrSlug);

    /** The organizations {@code user} is a member of. */
    Stream<OrganizationModel> organizationsOf(UserModel user);

    boolean isMember(OrganizationModel org, UserModel user);

    /**
     * Takes the organization's row lock until the transaction ends, so changes of one organization
     * happen one after the other and each decides on committed data; false when the organization no
     * longer exists (a parallel request deleted it).
     */
    boolean lockOrganization(String organizationId);

    /** {@link #lockOrganization}, answering 404 when the organization is gone. */
    default void lockExistingOrganization(String organizationId) {
        if (!lockOrganization(organizationId)) {
            throw OrgkitException.notFound("organization not found");
        }
    }

    /** Takes the realm-wide lock that orders realm-wide claims (catalog changes, organization creation, claimed names). */
    void lockRealm();

    /** Takes a user's row lock (e.g. to decide once per user what a batch job does). */
    void lockUser(String userId);

    /** An attribute of the organization as committed, read under its row lock (the model may be older). */
    Optional<String> committedAttribute(String organizationId, String name);

    /** Writes pending changes now, so constraint violations surface here. */
    void flush();

    /** A role of the catalog. */
    Optional<OrgRole> role(String name);

    /**
     * The readable name of a role or permission of the catalog (its {@code orgkit.name} attribute,
     * else derived from the key: {@code org:billing_manager} is "Billing manager"), the {@code name}
     * of Clerk's {@code RoleJSON}; derived from the key also when the catalog no longer has it.
     */
    String readableName(String key);

    /** A role of the catalog to assign, or 400 ({@code invalid_request} when blank, {@code unknown_role}). */
    OrgRole roleToAssign(String name);

    /** The role of a member who is in no role group ({@code org:member} unless configured). */
    OrgRole defaultRole();

    /** {@code org:admin}. */
    OrgRole adminRole();

    /**
     * Adds {@code user} to {@code org} with {@code role} and records {@code member.added}; the
     * caller has decided the user may join. Takes the organization's lock; 409 {@code already_member},
     * 409 {@link #MEMBERSHIP_LIMIT_REACHED} when the organization is full.
     */
    void join(OrganizationModel org, UserModel user, OrgRole role, ChangeRecorder changes);

    /**
     * {@link #join} with the new membership's public and private metadata (JSON objects, see
     * {@link JsonMetadata}; null for none), e.g. an accepted invitation's.
     */
    void join(OrganizationModel org, UserModel user, OrgRole role, ChangeRecorder changes,
              Map<String, Object> publicMetadata, Map<String, Object> privateMetadata);

    /** The id of the session's active organization as the session records it (not re-checked), or empty for none. */
    Optional<String> activeOrganizationId(UserSessionModel userSession);

    /** What anyone shown the organization may see of it (Clerk's {@code public_organization_data}). */
    PublicOrganizationData publicOrganizationData(OrganizationModel org);

    /**
     * The organization's membership limit (its own, else the realm's {@code max-allowed-memberships};
     * 0 means none) as committed, read under the organization's row lock (taken here; 404 when the
     * organization is gone).
     */
    int membershipLimit(OrganizationModel org);

    /**
     * Answers 409 {@link #MEMBERSHIP_LIMIT_REACHED} unless {@code org} has room for {@code extra} more
     * members beside its current ones, counted under the organization's row lock (taken here).
     * {@link #join} checks for its one member itself; a jar asks this for what else takes a seat
     * (pending invitations, when inviting).
     */
    void checkRoomFor(OrganizationModel org, int extra);

    /**
     * Creates an organization named {@code name} with a generated slug and {@code attributes}, with no
     * member yet and not bound by the creation policy (the caller is trusted); records {@code organization.created}.
     */
    OrganizationModel createOrganization(String name, Map<String, String> attributes, ChangeRecorder changes);

    /** Records {@code organization.updated} for a change a jar made to {@code org} (e.g. an attribute of its own). */
    void recordOrganizationUpdated(OrganizationModel org, ChangeRecorder changes, Map<String, String> details);

    /**
     * The absolute URL of the organization's logo (public, versioned by its content, for emails and
     * pages), in the realm and with the frontend URL of the session's request; empty when it has none.
     */
    Optional<String> imageUrl(OrganizationModel org);

    /** Whether every {@link ActivationCheck} allows {@code org} to be active in {@code userSession}. */
    boolean mayActivate(UserSessionModel userSession, OrganizationModel org);

    /** Makes {@code org} the session's active organization (membership and checks are the caller's). */
    void activate(UserSessionModel userSession, OrganizationModel org);

    /** The organization a session of {@code user} starts in, before activation checks. */
    Optional<OrganizationModel> initialActive(UserModel user);

    /** The organization chosen at this login through Keycloak's organization scope, if any. */
    Optional<OrganizationModel> chosenAtLogin(UserModel user, AuthenticationSessionModel authSession);

    @Override
    default void close() {
    }
}
