package dev.orgkit.security.mfa;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Which organizations of the user the MFA condition looks at. */
enum MfaScope {
    /** Any organization the user is a member of (the default). */
    ANY("any"),
    /** Only the organization this login activates (scope choice, else last active, else the only one). */
    ACTIVATED("activated");

    private final String value;

    MfaScope(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    /** The configured scope; unknown or missing values fall back to {@link #ANY}, the stricter one. */
    static MfaScope parse(String raw) {
        if (raw != null) {
            String normalized = raw.trim().toLowerCase(Locale.ROOT);
            for (MfaScope scope : values()) {
                if (scope.value.equals(normalized)) {
                    return scope;
                }
            }
        }
        return ANY;
    }

    /**
     * Whether a login needs a second factor: not when this login already completed one (so two
     * second-factor subflows never both ask), else when one of the organizations in scope requires it.
     */
    <T> boolean requiresSecondFactor(boolean completedInThisLogin, Supplier<Stream<T>> memberships,
                                     Supplier<Optional<T>> activated, Predicate<T> requiresMfa) {
        if (completedInThisLogin) {
            return false;
        }
        return this == ANY ? memberships.get().anyMatch(requiresMfa) : activated.get().filter(requiresMfa).isPresent();
    }
}
