package dev.orgkit.example.invoices;

import java.util.List;
import java.util.Map;

import dev.orgkit.spring.OrgContext;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class InvoicesController {

    /** The body of {@code POST /api/invoices}. */
    record NewInvoice(String customer, Long amountCents) {
    }

    private final InvoiceStore invoices;

    InvoicesController(InvoiceStore invoices) {
        this.invoices = invoices;
    }

    /** The active organization's invoices, and only its. */
    @GetMapping("/invoices")
    @PreAuthorize("@orgkit.has('org:invoices:read')")
    List<Invoice> list() {
        return invoices.of(OrgContext.current().orgId());
    }

    @PostMapping("/invoices")
    @PreAuthorize("@orgkit.has('org:invoices:manage')")
    ResponseEntity<Object> create(@RequestBody NewInvoice body) {
        if (body.customer() == null || body.customer().isBlank() || body.amountCents() == null || body.amountCents() <= 0) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_request",
                    "error_description", "customer (text) and amountCents (a positive whole number) are required"));
        }
        OrgContext org = OrgContext.current();
        return ResponseEntity.status(HttpStatus.CREATED).body(invoices.add(org.orgId(), body.customer().strip(), body.amountCents(), org.userId()));
    }

    /** Who calls, in which organization, with which role and permissions. */
    @GetMapping("/me")
    OrgContext me() {
        return OrgContext.current();
    }

    @GetMapping("/admin-only")
    @PreAuthorize("@orgkit.hasRole('org:admin')")
    Map<String, Object> adminOnly() {
        return Map.of("organization", OrgContext.current().orgSlug(), "role", "org:admin");
    }

    /** Any permission of the catalog, e.g. {@code /api/permissions/org:sys_memberships:read}. */
    @GetMapping("/permissions/{permission}")
    @PreAuthorize("@orgkit.has(#permission)")
    Map<String, Object> permission(@PathVariable String permission) {
        return Map.of("permission", permission, "granted", true);
    }

    /** Any role of the catalog, e.g. {@code /api/roles/org:billing}. */
    @GetMapping("/roles/{role}")
    @PreAuthorize("@orgkit.hasRole(#role)")
    Map<String, Object> role(@PathVariable String role) {
        return Map.of("role", role, "granted", true);
    }
}
