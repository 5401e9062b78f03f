package dev.orgkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.orgkit.organizations.spi.OrgkitException;

class AuditFilterTest {

    @Test
    void timesAreEpochMillisecondsOrIsoInstants() {
        assertThat(AuditFilter.time("from", "1700000000000")).isEqualTo(1700000000000L);
        assertThat(AuditFilter.time("from", "2023-11-14T22:13:20Z")).isEqualTo(1700000000000L);
        assertThat(AuditFilter.time("from", " ")).isNull();
        assertThat(AuditFilter.time("from", null)).isNull();
    }

    @Test
    void aFilterKeepsWhatWasAskedFor() {
        AuditFilter filter = AuditFilter.parse("member.added"::equals, "org-1", "member.added", "user-1", "1000", "2000");

        assertThat(filter).isEqualTo(new AuditFilter("org-1", "member.added", "user-1", 1000L, 2000L));
        assertThat(AuditFilter.parse(name -> false, null, "", null, null, null))
                .isEqualTo(new AuditFilter(null, null, null, null, null));
    }

    @Test
    void anActionNoInstalledJarDeclaresIsRefused() {
        assertThatThrownBy(() -> AuditFilter.parse("member.added"::equals, "org-1", "member.joined", null, null, null))
                .isInstanceOf(OrgkitException.class)
                .satisfies(e -> assertThat(((OrgkitException) e).error()).isEqualTo("invalid_action"));
    }

    @Test
    void retentionCountsWholeDaysBackFromNow() {
        assertThat(AuditRetentionTask.cutoff(400L * AuditRetentionTask.DAY_MILLIS, 365)).isEqualTo(35L * AuditRetentionTask.DAY_MILLIS);
    }
}
