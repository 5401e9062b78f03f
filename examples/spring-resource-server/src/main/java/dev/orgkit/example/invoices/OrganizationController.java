package dev.orgkit.example.invoices;

import java.util.List;

import dev.orgkit.spring.OrgContext;
import dev.orgkit.spring.OrgkitRestClient;
import dev.orgkit.spring.client.model.ActiveOrganization;
import dev.orgkit.spring.client.model.AuditEntry;
import dev.orgkit.spring.client.model.Invitation;
import dev.orgkit.spring.client.model.Member;
import dev.orgkit.spring.client.model.Membership;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organization pages of the app, from orgkit's API called with the caller's own token ({@link OrgkitRestClient}).
 * {@code /api/org/**} is about the token's active organization ({@code org_id}), so it needs one
 * ({@code @orgkit.hasOrganization()}); whether the caller may see members, invitations or the audit log is orgkit's
 * decision (system permissions {@code org:sys_*}, which the token leaves out by default, like Clerk's): a refusal
 * comes back as orgkit words it (e.g. 403 {@code forbidden}), through the starter's error handling.
 */
@RestController
@RequestMapping("/api")
class OrganizationController {

    /** The body of {@code PUT /api/me/active-organization}: an organization's id or slug, or null for none. */
    record ActiveOrganizationChange(String organization) {
    }

    private final OrgkitRestClient orgkit;

    OrganizationController(OrgkitRestClient orgkit) {
        this.orgkit = orgkit;
    }

    /** The caller's organizations (the organization switcher's list). */
    @GetMapping("/organizations")
    List<Membership> organizations() {
        return orgkit.listMyOrganizations();
    }

    /** The organization the caller's session acts in. */
    @GetMapping("/me/active-organization")
    ActiveOrganization activeOrganization() {
        return orgkit.getActiveOrganization();
    }

    /** Switches the caller's session; the caller's next token refresh carries the new organization's claims. */
    @PutMapping("/me/active-organization")
    ActiveOrganization switchOrganization(@RequestBody ActiveOrganizationChange change) {
        return orgkit.setActiveOrganization(change.organization());
    }

    /** Pending invitations to the caller's verified email (no organization needed: that is how one joins a first). */
    @GetMapping("/me/invitations")
    List<Invitation> myInvitations() {
        return orgkit.listMyInvitations();
    }

    /** The active organization's members (orgkit checks org:sys_memberships:read). */
    @GetMapping("/org/members")
    @PreAuthorize("@orgkit.hasOrganization()")
    List<Member> members(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
        return orgkit.listMembers(OrgContext.current().orgId(), first, max);
    }

    /** The active organization's invitations, newest first (orgkit checks org:sys_memberships:manage). */
    @GetMapping("/org/invitations")
    @PreAuthorize("@orgkit.hasOrganization()")
    List<Invitation> invitations(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
        return orgkit.listInvitations(OrgContext.current().orgId(), first, max);
    }

    /** The active organization's audit log, newest first (orgkit checks org:sys_audit:read). */
    @GetMapping("/org/audit-log")
    @PreAuthorize("@orgkit.hasOrganization()")
    List<AuditEntry> auditLog(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
        return orgkit.listAuditLog(OrgContext.current().orgId(), first, max);
    }
}
