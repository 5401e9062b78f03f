package dev.orgkit.invitations.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.TypedQuery;

/** The JPQL condition for a set of shown statuses ({@code expired} and {@code pending} depend on the time). */
final class StatusFilter {

    private StatusFilter() {
    }

    static String jpql(Collection<Status> statuses) {
        List<String> parts = new ArrayList<>();
        for (Status status : statuses) {
            switch (status) {
                case PENDING -> parts.add("(i.status = 'pending' and i.expiresAt > :now)");
                case EXPIRED -> parts.add("(i.status = 'pending' and i.expiresAt <= :now)");
                default -> parts.add("i.status = '" + status.value() + "'");
            }
        }
        return String.join(" or ", parts);
    }

    static void bind(TypedQuery<?> query, Collection<Status> statuses, long now) {
        if (statuses.contains(Status.PENDING) || statuses.contains(Status.EXPIRED)) {
            query.setParameter("now", now);
        }
    }
}
