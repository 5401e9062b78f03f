package dev.orgkit.organizations.spi;

/**
 * Who made a change: a user (through the self-service API or a login flow), a service account, a
 * realm administrator (through the admin API) or orgkit itself (scheduled work, cleanup).
 *
 * @param type one of {@code user}, {@code service_account}, {@code admin}, {@code system}
 * @param id the user id, or null for {@code system}
 * @param username for display, may be null
 */
public record Actor(String type, String id, String username) {

    public static final String USER = "user";
    public static final String SERVICE_ACCOUNT = "service_account";
    public static final String ADMIN = "admin";
    public static final String SYSTEM = "system";

    public static Actor system() {
        return new Actor(SYSTEM, null, null);
    }
}
