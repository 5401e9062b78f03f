package dev.orgkit.organizations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.mapper.OrgkitOrganizationMapper;

/** docs/configuration.md lists every core setting with its realm attribute and its real default (SettingsDocIT checks every installed jar's). */
class ConfigurationDocTest {

    private static List<String> lines() throws IOException {
        return Files.readAllLines(Path.of(System.getProperty("orgkit.docsDir", "../docs")).resolve("configuration.md"));
    }

    @Test
    void everySettingHasARowWithItsAttributeAndDefault() throws IOException {
        List<String> lines = lines();
        for (Setting setting : OrgkitPolicy.SETTINGS) {
            assertThat(lines)
                    .as("a row for " + setting.key())
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("| `" + setting.key() + "`")
                            .contains("`" + setting.attribute() + "`")
                            .contains("`" + setting.defaultValue() + "`"));
        }
    }

    @Test
    void everyMapperOptionIsDocumented() throws IOException {
        List<String> lines = lines();
        List<ProviderConfigProperty> options = new OrgkitOrganizationMapper().getConfigProperties().stream()
                .filter(p -> p.getName().startsWith("orgkit."))
                .toList();
        assertThat(options).extracting(ProviderConfigProperty::getName).contains(OrgkitOrganizationMapper.SYSTEM_PERMISSIONS);
        for (ProviderConfigProperty option : options) {
            assertThat(lines)
                    .as("a row for " + option.getName())
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("| `" + option.getName() + "`")
                            .contains("| `" + option.getDefaultValue() + "` |"));
        }
    }
}
