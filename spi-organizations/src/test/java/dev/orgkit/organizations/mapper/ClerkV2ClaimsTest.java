package dev.orgkit.organizations.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClerkV2ClaimsTest {

    static Stream<Arguments> encodings() {
        List<String> seventyNames = IntStream.range(0, 70).mapToObj(i -> String.format("org:big:p%02d", i)).toList();
        return Stream.of(
                Arguments.of("one feature", List.of("org:invoices:read", "org:invoices:manage"),
                        "o:invoices", "manage,read", "3"),
                Arguments.of("Clerk's documented example: features share permission names",
                        List.of("org:dashboard:read", "org:dashboard:manage", "org:teams:read"),
                        "o:dashboard,o:teams", "manage,read", "3,2"),
                Arguments.of("three features, the first permission is the lowest bit",
                        List.of("org:teams:read", "org:reports:read", "org:reports:export", "org:invoices:manage"),
                        "o:invoices,o:reports,o:teams", "export,manage,read", "2,5,4"),
                Arguments.of("more permission names than a long has bits", seventyNames,
                        "o:big", String.join(",", seventyNames.stream().map(p -> p.substring("org:big:".length())).toList()),
                        BigInteger.TWO.pow(70).subtract(BigInteger.ONE).toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void permissionsBecomeFeaturesNamesAndBitmasks(String description, List<String> permissions,
                                                   String fea, String per, String fpm) {
        Map<String, Object> claims = ClerkV2Claims.of("id-1", "acme", "org:billing", permissions);

        assertThat(claims).containsOnlyKeys("v", "fea", "o");
        assertThat(claims.get("v")).isEqualTo(2);
        assertThat(claims.get("fea")).isEqualTo(fea);
        assertThat(claims.get("o")).isEqualTo(Map.of("id", "id-1", "slg", "acme", "rol", "billing", "per", per, "fpm", fpm));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodingAsClerkDocumentsItGivesThePermissionsBack(String description, List<String> permissions,
                                                           String fea, String per, String fpm) {
        Map<String, Object> claims = ClerkV2Claims.of("id-1", "acme", "org:billing", permissions);

        assertThat(decode(claims)).containsExactlyInAnyOrderElementsOf(permissions);
    }

    @Test
    void aRoleWithoutPermissionsHasNoFeaturesNamesOrMasks() {
        Map<String, Object> claims = ClerkV2Claims.of("id-1", "acme", "org:member", List.of());

        assertThat(claims).isEqualTo(Map.of("v", 2, "o", Map.of("id", "id-1", "slg", "acme", "rol", "member")));
    }

    @Test
    void withoutAnOrganizationOnlyTheVersionIsLeft() {
        assertThat(ClerkV2Claims.noOrganization()).isEqualTo(Map.of("v", 2));
    }

    @Test
    void aNameThatIsNotFeatureAndPermissionIsRefused() {
        assertThatThrownBy(() -> ClerkV2Claims.of("id-1", "acme", "org:admin", List.of("org:invoices")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Clerk's documented decoding: the i-th mask of fpm belongs to the i-th o: feature, bit j to per[j]. */
    @SuppressWarnings("unchecked")
    private static List<String> decode(Map<String, Object> claims) {
        Map<String, Object> o = (Map<String, Object>) claims.get("o");
        String[] features = ((String) claims.get("fea")).split(",");
        String[] per = ((String) o.get("per")).split(",");
        String[] fpm = ((String) o.get("fpm")).split(",");
        List<String> permissions = new ArrayList<>();
        for (int f = 0; f < features.length; f++) {
            BigInteger mask = new BigInteger(fpm[f]);
            for (int p = 0; p < per.length; p++) {
                if (mask.testBit(p)) {
                    permissions.add("org:" + features[f].substring("o:".length()) + ":" + per[p]);
                }
            }
        }
        return permissions;
    }
}
