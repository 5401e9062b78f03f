package dev.orgkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

import dev.orgkit.audit.jpa.AuditEntryEntity;
import dev.orgkit.organizations.spi.Actor;
import org.keycloak.events.admin.OperationType;

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitEvent;

class AuditRecorderTest {

    @Test
    void anEventBecomesOneRowWithEveryFact() {
        OrgkitEvent event = new OrgkitEvent(null, realm("realm-1"), OrgAction.of("member.role_changed", OperationType.UPDATE), "org-1",
                new Actor(Actor.USER, "user-1", "alice"), "user", "user-2", null, Map.of("to", "org:admin", "from", "org:member"),
                "10.0.0.1", "curl/8", 1700000000000L);

        AuditEntryEntity entry = AuditRecorder.toEntity(event, "entry-1");

        assertThat(entry.getId()).isEqualTo("entry-1");
        assertThat(entry.getRealmId()).isEqualTo("realm-1");
        assertThat(entry.getOrganizationId()).isEqualTo("org-1");
        assertThat(entry.getAction()).isEqualTo("member.role_changed");
        assertThat(entry.getActorType()).isEqualTo("user");
        assertThat(entry.getActorId()).isEqualTo("user-1");
        assertThat(entry.getActorUsername()).isEqualTo("alice");
        assertThat(entry.getTargetType()).isEqualTo("user");
        assertThat(entry.getTargetId()).isEqualTo("user-2");
        assertThat(entry.getIpAddress()).isEqualTo("10.0.0.1");
        assertThat(entry.getUserAgent()).isEqualTo("curl/8");
        assertThat(entry.getCreatedAt()).isEqualTo(1700000000000L);
        assertThat(entry.getDetails()).isEqualTo("{\"from\":\"org:member\",\"to\":\"org:admin\"}");
    }

    @Test
    void aSystemChangeWithoutDetailsOrRequestHasNulls() {
        OrgkitEvent event = new OrgkitEvent(null, realm("realm-1"), OrgAction.of("policy.updated", OperationType.UPDATE), null, Actor.system(), "policy", null,
                null, null, null, null, 1L);

        AuditEntryEntity entry = AuditRecorder.toEntity(event, "entry-2");

        assertThat(entry.getOrganizationId()).isNull();
        assertThat(entry.getActorType()).isEqualTo("system");
        assertThat(entry.getActorId()).isNull();
        assertThat(entry.getDetails()).isNull();
        assertThat(entry.getIpAddress()).isNull();
    }

    @Test
    void longValuesAreCutToTheirColumns() {
        String agent = "a".repeat(1000);
        OrgkitEvent event = new OrgkitEvent(null, realm("r"), OrgAction.of("organization.updated", OperationType.UPDATE), "o", Actor.system(), "organization", "o",
                null, Map.of(), "1".repeat(100), agent, 1L);

        AuditEntryEntity entry = AuditRecorder.toEntity(event, "e");

        assertThat(entry.getUserAgent()).hasSize(255);
        assertThat(entry.getIpAddress()).hasSize(64);
    }

    @Test
    void detailsStayWithinTheirColumnDroppingTheLastKeys() {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            details.put("key" + (char) ('a' + i), "v".repeat(300));
        }

        String json = AuditRecorder.details(details);

        assertThat(json.length()).isLessThanOrEqualTo(AuditRecorder.MAX_DETAILS_LENGTH);
        assertThat(json).startsWith("{\"keya\":\"").contains("\"keyb\"").doesNotContain("\"keyt\"");
    }

    static RealmModel realm(String id) {
        return (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> "getId".equals(method.getName()) ? id : null);
    }
}
