package dev.orgkit.security.domains;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelValidationException;
import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * The one place where this jar calls Keycloak's internal organization SPI and reads its domain
 * table: native organization domains, so a Keycloak minor that changes them costs one file.
 */
final class NativeDomains {

    private final KeycloakSession session;

    private NativeDomains(KeycloakSession session) {
        this.session = session;
    }

    static NativeDomains of(KeycloakSession session) {
        return new NativeDomains(session);
    }

    /** The organization of the realm that holds {@code domain} (verified or not), or null. */
    OrganizationModel byDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        try {
            return session.getProvider(OrganizationProvider.class).getByDomainName(domain);
        } catch (ModelValidationException e) {
            return null;
        }
    }

    List<OrganizationDomainModel> domains(OrganizationModel org) {
        return org.getDomains().toList();
    }

    /** One native domain of {@code org} by its (lowercase) name, if it has it. */
    Optional<OrganizationDomainModel> domain(OrganizationModel org, String name) {
        return org.getDomains().filter(d -> d.getName().equals(name)).findFirst();
    }

    /**
     * Adds {@code name} to {@code org}'s native domains, or sets its verified flag when it has it.
     * Keycloak refuses (with {@link ModelValidationException}) a name another organization holds.
     */
    void putDomain(OrganizationModel org, String name, boolean verified) {
        Set<OrganizationDomainModel> domains = org.getDomains()
                .filter(d -> !d.getName().equals(name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        domains.add(new OrganizationDomainModel(name, verified));
        org.setDomains(domains);
    }

    /** Removes {@code name} from {@code org}'s native domains; false when it had no such domain. */
    boolean removeDomain(OrganizationModel org, String name) {
        List<OrganizationDomainModel> before = domains(org);
        Set<OrganizationDomainModel> after = before.stream()
                .filter(d -> !d.getName().equals(name))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (after.size() == before.size()) {
            return false;
        }
        org.setDomains(after);
        return true;
    }

    /** The organizations holding the native domain {@code name}, verified or not, read with a lock. */
    List<Holder> holdersLocked(String name) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<?> rows = em.createNativeQuery("SELECT ORG_ID, VERIFIED FROM {h-schema}ORG_DOMAIN WHERE NAME = ? FOR UPDATE")
                .setParameter(1, name)
                .getResultList();
        List<Holder> holders = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            holders.add(new Holder(String.valueOf(columns[0]), truth(columns[1])));
        }
        return holders;
    }

    record Holder(String organizationId, boolean verified) { }

    /** A boolean column as the drivers hand it over (Boolean; a number or a bit on MariaDB). */
    private static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length > 0 && bytes[0] != 0;
        }
        return "true".equalsIgnoreCase(String.valueOf(value)) || "1".equals(String.valueOf(value));
    }
}
