package dev.orgkit.organizations.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugPolicyTest {

    private final SlugPolicy policy = new SlugPolicy(Set.of("admin", "api", "well-known"));

    @ParameterizedTest
    @ValueSource(strings = {"ab", "acme", "acme-2", "a1-b2-c3", "0day"})
    void acceptsLowercaseLettersDigitsAndSingleInnerHyphens(String slug) {
        assertThat(policy.problem(slug)).isEmpty();
    }

    @Test
    void acceptsSixtyThreeCharactersButNotSixtyFour() {
        assertThat(policy.problem("a".repeat(63))).isEmpty();
        assertThat(policy.problem("a".repeat(64))).contains("slug must be 2 to 63 characters long");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a            | slug must be 2 to 63 characters long",
        "Acme         | slug may only contain lowercase letters, digits and hyphens",
        "ac me        | slug may only contain lowercase letters, digits and hyphens",
        "ac_me        | slug may only contain lowercase letters, digits and hyphens",
        "-acme        | slug must not start or end with a hyphen",
        "acme-        | slug must not start or end with a hyphen",
        "ac--me       | slug must not contain two hyphens in a row",
        "admin        | slug 'admin' is reserved",
        "well-known   | slug 'well-known' is reserved",
    })
    void refusesWithAReasonAPersonUnderstands(String slug, String reason) {
        assertThat(policy.problem(slug)).contains(reason);
    }

    @Test
    void refusesAnEmptySlug() {
        assertThat(policy.problem("")).contains("slug must not be empty");
        assertThat(policy.problem(null)).contains("slug must not be empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme                 | acme",
        "Acme Corporation     | acme-corporation",
        "  Ümlaut & Çie!      | umlaut-cie",
        "ACME -- Rockets      | acme-rockets",
        "A                    | org-a",
        "!!!                  | org",
        "Admin                | admin-2",
    })
    void makesASlugFromAName(String name, String expected) {
        assertThat(policy.generate(name, slug -> false)).isEqualTo(expected);
    }

    @Test
    void appendsANumberUntilTheSlugIsFree() {
        Set<String> taken = Set.of("acme", "acme-2", "acme-3");

        assertThat(policy.generate("Acme", taken::contains)).isEqualTo("acme-4");
    }

    @Test
    void keepsGeneratedSlugsWithinSixtyThreeCharactersWithTheSuffix() {
        String longName = "x".repeat(80);
        String base = policy.generate(longName, slug -> false);

        String second = policy.generate(longName, base::equals);

        assertThat(base).hasSize(63);
        assertThat(second).hasSize(63).endsWith("-2");
        assertThat(policy.problem(second)).isEmpty();
    }
}
