package dev.orgkit.organizations.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides which slugs (native organization aliases) are acceptable and makes one from a name.
 * A slug is 2 to 63 lowercase letters, digits and single hyphens, neither starting nor ending
 * with a hyphen, and not on the realm's reserved list.
 */
public final class SlugPolicy {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 63;

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_SLUG_CHARS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_SUFFIX_ATTEMPTS = 10_000;

    private final Set<String> reserved;

    public SlugPolicy(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    /** Why {@code slug} is not acceptable (ignoring uniqueness), or empty when it is. */
    public Optional<String> problem(String slug) {
        if (slug == null || slug.isEmpty()) {
            return Optional.of("slug must not be empty");
        }
        if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
            return Optional.of("slug must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (!slug.equals(slug.toLowerCase(Locale.ROOT)) || !SHAPE.matcher(slug).matches()) {
            if (slug.startsWith("-") || slug.endsWith("-")) {
                return Optional.of("slug must not start or end with a hyphen");
            }
            if (slug.contains("--")) {
                return Optional.of("slug must not contain two hyphens in a row");
            }
            return Optional.of("slug may only contain lowercase letters, digits and hyphens");
        }
        if (reserved.contains(slug)) {
            return Optional.of("slug '" + slug + "' is reserved");
        }
        return Optional.empty();
    }

    /**
     * A slug made from {@code name} that is acceptable and not taken: {@code acme}, else
     * {@code acme-2}, {@code acme-3}, and so on.
     */
    public String generate(String name, Predicate<String> taken) {
        String base = base(name);
        for (int n = 1; n <= MAX_SUFFIX_ATTEMPTS; n++) {
            String candidate = n == 1 ? base : withSuffix(base, "-" + n);
            if (problem(candidate).isEmpty() && !taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free slug for " + name);
    }

    static String base(String name) {
        String text = name == null ? "" : name;
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG_CHARS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        if (slug.length() < MIN_LENGTH) {
            slug = slug.isEmpty() ? "org" : "org-" + slug;
        }
        return slug;
    }

    private static String withSuffix(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        String head = base.length() > room ? trimHyphens(base.substring(0, room)) : base;
        return head + suffix;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
