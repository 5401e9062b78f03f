package dev.orgkit.security.signup;

import java.util.List;
import java.util.regex.Pattern;

import dev.orgkit.organizations.spi.Setting;

/** The realm settings of the sign-up allowlist, declared to the core. */
public final class AllowlistSettings {

    /** An allowlist entry: {@code local@domain} or {@code @domain} (no spaces, one {@code @}). */
    private static final Pattern ENTRY = Pattern.compile("[^@\\s]*@[^@\\s.][^@\\s]*");

    public static final Setting ENABLED = Setting.flag("allowlist-enabled", false,
            "Self-registration only for the addresses and domains of allowlist (invitations bypass it).");
    public static final Setting ALLOWLIST = Setting.list("allowlist", "",
            "Exact email addresses and @domain entries that may self-register, comma separated, case-insensitive.")
            .entries(entry -> ENTRY.matcher(entry).matches(), "email addresses or @domain");

    public static final List<Setting> ALL = List.of(ENABLED, ALLOWLIST);

    private AllowlistSettings() {
    }
}
