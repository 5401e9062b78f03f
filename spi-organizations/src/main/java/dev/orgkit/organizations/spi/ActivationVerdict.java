package dev.orgkit.organizations.spi;

import java.util.Objects;

/** The answer of an {@link ActivationCheck}: allowed, or refused with an error code and a sentence for people. */
public record ActivationVerdict(boolean allowed, String error, String description) {

    public static final ActivationVerdict ALLOWED = new ActivationVerdict(true, null, null);

    public ActivationVerdict {
        if (!allowed) {
            Objects.requireNonNull(error, "a refusal has an error code");
        }
    }

    public static ActivationVerdict refused(String error, String description) {
        return new ActivationVerdict(false, error, description);
    }

    /** The refusal as the API answers it (403). */
    public OrgkitException toException() {
        return OrgkitException.forbidden(error, description);
    }
}
