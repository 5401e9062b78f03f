package dev.orgkit.organizations.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonMetadataTest {

    @Test
    void nestedObjectsArraysNumbersAndBooleansRoundTrip() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("plan", Map.of("seats", 5, "trial", true));
        metadata.put("tags", List.of("a", "b"));
        metadata.put("ratio", 0.5);
        metadata.put("none", null);

        String stored = JsonMetadata.toStored("public_metadata", metadata);

        assertThat(JsonMetadata.fromStored(stored)).isEqualTo(metadata);
    }

    @Test
    void notGivenStaysNotGivenAndNothingStoredReadsAsAnEmptyObject() {
        assertThat(JsonMetadata.toStored("public_metadata", null)).isNull();
        assertThat(JsonMetadata.fromStored(null)).isEmpty();
        assertThat(JsonMetadata.fromStored(JsonMetadata.empty())).isEmpty();
    }

    @Test
    void exactlyTheLimitIsAcceptedAndOneByteMoreIsRefusedNamingTheField() {
        // {"k":"…"} is 8 bytes of syntax around the value
        String fits = "x".repeat(JsonMetadata.MAX_BYTES - 8);
        assertThat(JsonMetadata.toStored("public_metadata", Map.of("k", fits)).length()).isEqualTo(JsonMetadata.MAX_BYTES);

        assertThatThrownBy(() -> JsonMetadata.toStored("private_metadata", Map.of("k", fits + "x")))
                .isInstanceOfSatisfying(OrgkitException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OrgkitException.Kind.INVALID);
                    assertThat(e.error()).isEqualTo("metadata_too_large");
                    assertThat(e.getMessage()).contains("private_metadata").contains("8193 bytes");
                });
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        String threeByteCharacters = "€".repeat(3000); // 9000 bytes in UTF-8, 3000 characters
        assertThatThrownBy(() -> JsonMetadata.toStored("public_metadata", Map.of("k", threeByteCharacters)))
                .isInstanceOf(OrgkitException.class);
    }
}
