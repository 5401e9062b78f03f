package dev.orgkit.example.invoices;

/** An invoice of one organization ({@code orgId}: the {@code org_id} of the token that created it). */
public record Invoice(String id, String orgId, String customer, long amountCents, String createdBy) {
}
