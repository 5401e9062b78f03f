package dev.orgkit.spring;

import java.util.List;
import java.util.Map;

import dev.orgkit.spring.client.model.Member;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An app that uses the starter as the README shows: no security configuration of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {

    @RestController
    static class InvoicesApi {

        private final OrgkitRestClient orgkit;

        InvoicesApi(OrgkitRestClient orgkit) {
            this.orgkit = orgkit;
        }

        /** orgkit's members of the active organization, as the caller. */
        @GetMapping("/members")
        @PreAuthorize("@orgkit.hasOrganization()")
        List<Member> members() {
            return orgkit.listMembers(OrgContext.current().orgId(), 0, 50);
        }

        @GetMapping("/invoices")
        @PreAuthorize("@orgkit.has('org:invoices:read')")
        Map<String, Object> invoices() {
            return Map.of("organization", OrgContext.current().orgId());
        }

        @PostMapping("/invoices")
        @PreAuthorize("@orgkit.has('org:invoices:manage')")
        Map<String, Object> createInvoice() {
            return Map.of("created", true);
        }

        @GetMapping("/admin")
        @PreAuthorize("@orgkit.hasRole('org:admin')")
        Map<String, Object> admin() {
            return Map.of("admin", true);
        }

        @GetMapping("/organization")
        @PreAuthorize("@orgkit.hasOrganization()")
        Map<String, Object> organization() {
            return Map.of("slug", OrgContext.current().orgSlug());
        }

        @GetMapping("/permissions/{permission}")
        @PreAuthorize("@orgkit.has(#permission)")
        Map<String, Object> permission(@PathVariable String permission) {
            return Map.of("granted", permission);
        }

        @GetMapping("/me")
        OrgContext me() {
            return OrgContext.current();
        }
    }
}
