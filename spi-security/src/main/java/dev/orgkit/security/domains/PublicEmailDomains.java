package dev.orgkit.security.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Domains of public email providers (gmail.com, outlook.com, ...): nobody can claim them for an
 * organization, since anyone can get an address there. The list is the resource
 * {@code public-email-domains.txt} next to this class, one domain a line, {@code #} for comments.
 */
public final class PublicEmailDomains {

    static final String RESOURCE = "public-email-domains.txt";

    private static final Set<String> DOMAINS = load();

    private PublicEmailDomains() {
    }

    /** Whether {@code domain} (normalised) is a public email domain or a subdomain of one. */
    public static boolean contains(String domain) {
        String candidate = domain;
        while (candidate != null) {
            if (DOMAINS.contains(candidate)) {
                return true;
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? null : candidate.substring(dot + 1);
        }
        return false;
    }

    static Set<String> all() {
        return Set.copyOf(DOMAINS);
    }

    private static Set<String> load() {
        Set<String> domains = new HashSet<>();
        try (InputStream in = PublicEmailDomains.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    domains.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return domains;
    }
}
