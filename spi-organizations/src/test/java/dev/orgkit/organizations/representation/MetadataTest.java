package dev.orgkit.organizations.representation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void acceptsShortFlatStringMaps() {
        assertThat(Metadata.problem("public_metadata", Map.of("plan", "pro", "seats.max", "10", "x-y_z", "")))
                .isEmpty();
        assertThat(Metadata.problem("public_metadata", null)).isEmpty();
    }

    @Test
    void refusesBadKeysLongValuesAndTooManyKeys() {
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i <= Metadata.MAX_KEYS; i++) {
            tooMany.put("k" + i, "v");
        }
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);

        assertThat(Metadata.problem("m", Map.of("bad key", "v"))).contains("m keys are 1 to 64 letters, digits, '_', '.' or '-'");
        assertThat(Metadata.problem("m", Map.of("k", "v".repeat(256)))).contains("m.k must be at most 255 characters");
        assertThat(Metadata.problem("m", tooMany)).contains("m may hold at most 50 keys");
        assertThat(Metadata.problem("m", nullValue)).contains("m.k must be a string");
    }
}
