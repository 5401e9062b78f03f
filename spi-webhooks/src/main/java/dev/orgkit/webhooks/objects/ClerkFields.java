package dev.orgkit.webhooks.objects;

import java.util.LinkedHashMap;

/**
 * The fields of one Clerk object in Clerk's order, null values included: Clerk's types mark many
 * fields {@code T | null} and required, while Keycloak's shared JSON mapper leaves null map values
 * out, so the outbox writes these with a mapper that keeps them.
 */
public final class ClerkFields extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    ClerkFields() {
    }
}
