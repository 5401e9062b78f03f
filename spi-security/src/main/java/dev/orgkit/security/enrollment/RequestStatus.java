package dev.orgkit.security.enrollment;

import java.util.Locale;
import java.util.Optional;

/** The status of a membership request. */
enum RequestStatus {
    PENDING, APPROVED, REJECTED;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RequestStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RequestStatus status : values()) {
            if (status.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
