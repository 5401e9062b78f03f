package dev.orgkit.security.signup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The realm's sign-up allowlist: exact addresses ({@code ann@example.com}) and domains
 * ({@code @example.com}, also written {@code *@example.com}). Matching ignores case and the
 * surrounding blanks of the address; a domain entry covers that domain only, not its subdomains,
 * and an address entry matches only that address (no plus-address or dot folding).
 */
public final class SignupAllowlist {

    private final Set<String> addresses = new HashSet<>();
    private final Set<String> domains = new HashSet<>();

    private SignupAllowlist() {
    }

    /** The list as the policy holds it: entries separated by commas. */
    public static SignupAllowlist parse(String list) {
        SignupAllowlist allowlist = new SignupAllowlist();
        if (list == null) {
            return allowlist;
        }
        Arrays.stream(list.split(","))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty())
                .forEach(entry -> {
                    if (entry.startsWith("@")) {
                        allowlist.domains.add(entry.substring(1));
                    } else if (entry.startsWith("*@")) {
                        allowlist.domains.add(entry.substring(2));
                    } else {
                        allowlist.addresses.add(entry);
                    }
                });
        return allowlist;
    }

    /** Whether {@code email} may register; an absent or malformed address never may. */
    public boolean allows(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        return addresses.contains(address) || domains.contains(address.substring(at + 1));
    }

    public boolean isEmpty() {
        return addresses.isEmpty() && domains.isEmpty();
    }
}
