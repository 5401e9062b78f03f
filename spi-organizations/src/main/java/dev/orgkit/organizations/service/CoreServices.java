package dev.orgkit.organizations.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import dev.orgkit.organizations.active.ActivationChecks;
import dev.orgkit.organizations.active.ActiveOrganization;
import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.limits.MembershipLimit;
import dev.orgkit.organizations.logo.Logos;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.PublicOrganizationData;

/** The core's side of {@link OrgkitCore}: what feature jars ask, answered by the core's own services. */
final class CoreServices implements OrgkitCore {

    private final KeycloakSession session;
    private final NativeOrganizations orgs;
    private final KeycloakRowLocks locks;

    CoreServices(KeycloakSession session) {
        this.session = session;
        this.orgs = NativeOrganizations.of(session);
        this.locks = KeycloakRowLocks.of(session);
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    private OrganizationService organizations(ChangeRecorder changes) {
        return new OrganizationService(session, realm(), changes);
    }

    @Override
    public Optional<OrganizationModel> organization(String id) {
        return Optional.ofNullable(id == null ? null : orgs.byId(id));
    }

    @Override
    public Optional<OrganizationModel> organizationByIdOrSlug(String idOrSlug) {
        return Optional.ofNullable(idOrSlug == null || idOrSlug.isBlank() ? null : orgs.byIdOrAlias(idOrSlug.strip()));
    }

    @Override
    public Stream<OrganizationModel> organizationsOf(UserModel user) {
        return orgs.ofMember(user);
    }

    @Override
    public boolean isMember(OrganizationModel org, UserModel user) {
        return orgs.isMember(org, user);
    }

    @Override
    public boolean lockOrganization(String organizationId) {
        return locks.lockOrganization(organizationId);
    }

    @Override
    public void lockRealm() {
        locks.lockClient(RoleCatalog.ensure(session, realm()).client().getId());
    }

    @Override
    public void lockUser(String userId) {
        locks.lockUser(userId);
    }

    @Override
    public Optional<String> committedAttribute(String organizationId, String name) {
        return Optional.ofNullable(locks.organizationAttribute(organizationId, name));
    }

    @Override
    public void flush() {
        locks.flush();
    }

    @Override
    public Optional<OrgRole> role(String name) {
        return organizations(null).roles().catalog().role(name);
    }

    @Override
    public String readableName(String key) {
        RoleModel model = organizations(null).roles().catalog().roleModel(key);
        return model == null ? RoleNames.readable(key) : RoleCatalog.readableName(model);
    }

    @Override
    public OrgRole roleToAssign(String name) {
        return organizations(null).members().role(name);
    }

    @Override
    public OrgRole defaultRole() {
        return organizations(null).roles().defaultRole();
    }

    @Override
    public OrgRole adminRole() {
        return organizations(null).roles().catalog().role(dev.orgkit.organizations.roles.RoleNames.ADMIN).orElseThrow();
    }

    @Override
    public void join(OrganizationModel org, UserModel user, OrgRole role, ChangeRecorder changes) {
        organizations(changes).members().join(org, user, role, null, null);
    }

    @Override
    public void join(OrganizationModel org, UserModel user, OrgRole role, ChangeRecorder changes,
                     Map<String, Object> publicMetadata, Map<String, Object> privateMetadata) {
        organizations(changes).members().join(org, user, role, publicMetadata, privateMetadata);
    }

    @Override
    public int membershipLimit(OrganizationModel org) {
        return new MembershipLimit(session, realm()).committed(org);
    }

    @Override
    public void checkRoomFor(OrganizationModel org, int extra) {
        new MembershipLimit(session, realm()).requireRoom(org, extra);
    }

    @Override
    public OrganizationModel createOrganization(String name, Map<String, String> attributes, ChangeRecorder changes) {
        OrganizationInput input = new OrganizationInput();
        input.name = name;
        OrganizationModel org = organizations(changes).create(input, null, false, true);
        if (!attributes.isEmpty()) {
            Map<String, List<String>> all = new LinkedHashMap<>(org.getAttributes());
            attributes.forEach((key, value) -> all.put(key, List.of(value)));
            org.setAttributes(all);
        }
        return org;
    }

    @Override
    public void recordOrganizationUpdated(OrganizationModel org, ChangeRecorder changes, Map<String, String> details) {
        OrganizationService service = organizations(changes);
        service.records().touch(service.records().organizationForWrite(realm().getId(), org.getId()));
        changes.record(CoreActions.ORGANIZATION_UPDATED, org.getId(), "organization", org.getId(),
                service.shapes().organization(org, true, service.orgs().memberCount(org)), details);
    }

    @Override
    public Optional<String> activeOrganizationId(UserSessionModel userSession) {
        String note = userSession.getNote(ActiveOrganization.SESSION_NOTE);
        return note == null || note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    @Override
    public PublicOrganizationData publicOrganizationData(OrganizationModel org) {
        return organizations(null).shapes().publicOrganizationData(org);
    }

    @Override
    public Optional<String> imageUrl(OrganizationModel org) {
        return Logos.imageUrl(session, realm(), org);
    }

    @Override
    public boolean mayActivate(UserSessionModel userSession, OrganizationModel org) {
        return new ActivationChecks(session).allow(userSession, org);
    }

    @Override
    public void activate(UserSessionModel userSession, OrganizationModel org) {
        new ActiveOrganization(orgs).set(userSession, org);
    }

    @Override
    public Optional<OrganizationModel> initialActive(UserModel user) {
        return new ActiveOrganization(orgs).initial(user);
    }

    @Override
    public Optional<OrganizationModel> chosenAtLogin(UserModel user, AuthenticationSessionModel authSession) {
        return orgs.chosenAtLogin(user, authSession);
    }
}
