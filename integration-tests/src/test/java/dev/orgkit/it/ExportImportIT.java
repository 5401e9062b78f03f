package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A full realm export and {@code kc.sh import} keep every organization, member and member role. */
class ExportImportIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void organizationsMembersAndRolesSurviveExportAndImport() throws Exception {
        String owner = realm.createUserAndReturnName();
        String billing = realm.createUserAndReturnName();
        String plain = realm.createUserAndReturnName();
        String slug = TestRealm.unique("exported");
        realm.createOrganization("Exported " + slug, slug, owner);
        realm.addMember(slug, billing, "org:billing");
        realm.addMember(slug, plain, "org:member");
        realm.admin().put(realm.adminPath("/orgkit/roles/org:auditor"), Map.of("description", "custom",
                "permissions", List.of("org:sys_audit:read"))).expect(201);
        realm.addMember("globex", plain, "org:auditor");
        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-limit", "7")).expect(200);
        Map<String, Map<String, String>> before = rolesByOrganization(slug, "acme", "globex");

        Path file = realm.env().workDir().resolve("export-" + realm.name() + ".json");
        Files.deleteIfExists(file);
        realm.env().server().stop();
        try {
            realm.env().server().runCommand("export", List.of("--realm", realm.name(), "--file", file.toString(),
                    "--users", "same_file"));
            realm.env().server().runCommand("import", List.of("--file", file.toString(), "--override", "true"));
        } finally {
            realm.env().server().start();
            realm.admin().reset();
        }

        assertThat(rolesByOrganization(slug, "acme", "globex")).isEqualTo(before);
        assertThat(before.get(slug)).containsEntry(owner, "org:admin").containsEntry(billing, "org:billing")
                .containsEntry(plain, "org:member");
        assertThat(before.get("globex")).containsEntry(plain, "org:auditor");
        assertThat(realm.admin().get(realm.adminPath("/orgkit/policy")).expect(200).json().path("creation-limit").asText())
                .isEqualTo("7");
        JsonNode alice = realm.login("alice").access();
        assertThat(alice.path("org_role").asText()).isEqualTo("org:admin");
        assertThat(realm.login(billing, "openid organization:" + slug).access().path("org_role").asText()).isEqualTo("org:billing");
    }

    private Map<String, Map<String, String>> rolesByOrganization(String... slugs) {
        Map<String, Map<String, String>> result = new TreeMap<>();
        for (String slug : slugs) {
            Map<String, String> roles = new TreeMap<>();
            for (JsonNode m : realm.admin().get(realm.adminPath("/orgkit/organizations/" + slug + "/members?max=100")).expect(200).json()) {
                roles.put(m.path("username").asText(), m.path("role").asText());
            }
            result.put(slug, roles);
        }
        return result;
    }
}
