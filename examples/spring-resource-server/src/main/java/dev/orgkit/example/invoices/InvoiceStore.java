package dev.orgkit.example.invoices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** Invoices in memory, by organization id: an organization's list is all that a token of it can reach. */
@Component
final class InvoiceStore {

    private final Map<String, List<Invoice>> byOrganization = new ConcurrentHashMap<>();

    List<Invoice> of(String orgId) {
        return List.copyOf(byOrganization.getOrDefault(orgId, List.of()));
    }

    Invoice add(String orgId, String customer, long amountCents, String createdBy) {
        Invoice invoice = new Invoice(UUID.randomUUID().toString(), orgId, customer, amountCents, createdBy);
        byOrganization.computeIfAbsent(orgId, id -> new CopyOnWriteArrayList<>()).add(invoice);
        return invoice;
    }
}
