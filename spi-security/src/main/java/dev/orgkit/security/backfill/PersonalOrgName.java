package dev.orgkit.security.backfill;

import java.util.function.Predicate;

import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * The name of a user's personal organization: {@code "<First Last>'s organization"}, or the
 * username's when the user has no name; {@code " 2"}, {@code " 3"}... when the name is taken
 * (organization names are unique in a realm). The slug is then made from the name by the core's
 * slug rules.
 */
final class PersonalOrgName {

    static final String SUFFIX = "'s organization";
    private static final int MAX_TRIES = 1000;

    private PersonalOrgName() {
    }

    /** The base name for a user, cut to fit the name length limit with room for a counter. */
    static String base(String firstName, String lastName, String username) {
        String display = String.join(" ", clean(firstName), clean(lastName)).strip();
        if (display.isEmpty()) {
            display = clean(username);
        }
        if (display.isEmpty()) {
            display = "User";
        }
        int room = OrgkitCore.MAX_NAME_LENGTH - SUFFIX.length() - 8;
        if (display.length() > room) {
            display = display.substring(0, room).strip();
        }
        return display + SUFFIX;
    }

    /** The first of {@code base}, {@code base 2}, {@code base 3}... that is not taken. */
    static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; n < MAX_TRIES; n++) {
            String candidate = base + " " + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free organization name for " + base);
    }

    private static String clean(String part) {
        if (part == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        part.strip().codePoints().filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ");
    }
}
