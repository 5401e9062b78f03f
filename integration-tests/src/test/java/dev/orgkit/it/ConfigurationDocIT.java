package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.TestRealm;

/**
 * docs/configuration.md against what the installed jars really declare: every setting with its jar,
 * realm attribute and default, every system permission with its jar, and nothing the server does not
 * know. The test server also runs the test-only fixture jar, whose declarations are not documented.
 */
class ConfigurationDocIT {

    private static final String FIXTURE = "fixture";
    private static final Pattern SETTING_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([a-z]+) \\| `(orgkit\\.[a-z0-9-]+)` \\|");
    private static final Pattern PERMISSION_ROW = Pattern.compile("^\\| `(org:sys_[a-z_]+:[a-z_]+)` \\| ([a-z]+) \\|");

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void everyDeclaredSettingHasItsRowAndEveryRowIsADeclaredSetting() throws IOException {
        List<String> lines = docs();
        List<String> documented = new ArrayList<>();
        for (String line : lines) {
            Matcher row = SETTING_ROW.matcher(line);
            if (row.find()) {
                documented.add(row.group(1));
            }
        }
        List<String> declared = new ArrayList<>();
        for (JsonNode setting : realm.admin().get(realm.adminPath("/orgkit/settings")).expect(200).json()) {
            if (FIXTURE.equals(setting.path("feature").asText())) {
                continue;
            }
            String key = setting.path("key").asText();
            declared.add(key);
            assertThat(lines).as("a row for " + key).anySatisfy(line -> assertThat(line)
                    .startsWith("| `" + key + "` | " + setting.path("feature").asText() + " | `" + setting.path("attribute").asText() + "` |")
                    .contains(setting.path("default").asText().isEmpty() ? "`` ``" : "`" + setting.path("default").asText() + "`"));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void everySystemPermissionHasItsRowAndEveryRowIsASystemPermission() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : docs()) {
            Matcher row = PERMISSION_ROW.matcher(line);
            if (row.find()) {
                documented.add(row.group(1));
            }
        }
        List<String> system = new ArrayList<>();
        for (JsonNode permission : realm.admin().get(realm.adminPath("/orgkit/permissions")).expect(200).json()) {
            String name = permission.path("key").asText();
            if (permission.path("system").asBoolean() && !name.startsWith("org:sys_" + FIXTURE + ":")) {
                system.add(name);
            }
        }
        assertThat(system).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(system);
    }

    private static List<String> docs() throws IOException {
        return Files.readAllLines(Path.of(System.getProperty("orgkit.docsDir", "../docs")).resolve("configuration.md"));
    }
}
