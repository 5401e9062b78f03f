package dev.orgkit.organizations.spi;

/**
 * Keycloak-style paging: {@code first} (default 0) and {@code max} (default {@value #DEFAULT_MAX},
 * at most {@value #LIMIT}). Parameters arrive as text so a malformed value is a 400, not a 404.
 */
public record Paging(int first, int max) {

    public static final int DEFAULT_MAX = 50;
    public static final int LIMIT = 100;

    public static Paging of(String first, String max) {
        int f = parse("first", first, 0);
        int m = parse("max", max, DEFAULT_MAX);
        if (f < 0) {
            throw OrgkitException.invalid("first must be 0 or more");
        }
        if (m < 1 || m > LIMIT) {
            throw OrgkitException.invalid("max must be between 1 and " + LIMIT);
        }
        return new Paging(f, m);
    }

    private static int parse(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw OrgkitException.invalid(name + " must be a whole number");
        }
    }
}
