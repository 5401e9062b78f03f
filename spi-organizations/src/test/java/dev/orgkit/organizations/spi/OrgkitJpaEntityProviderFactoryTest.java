package dev.orgkit.organizations.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgkitJpaEntityProviderFactoryTest {

    static final class SampleEntity {
    }

    static final class SampleEntities extends OrgkitJpaEntityProviderFactory {
        SampleEntities() {
            super("orgkit-sample", "META-INF/orgkit-sample-changelog.xml", SampleEntity.class, String.class);
        }
    }

    @Test
    void theFactoryIsItsOwnProviderUnderOneId() {
        SampleEntities factory = new SampleEntities();

        assertThat(factory.create(null)).isSameAs(factory);
        assertThat(factory.getId()).isEqualTo("orgkit-sample");
        assertThat(factory.getFactoryId()).isEqualTo("orgkit-sample");
    }

    @Test
    void itHandsKeycloakTheChangelogAndTheEntitiesInTheirOrder() {
        SampleEntities factory = new SampleEntities();

        assertThat(factory.getChangelogLocation()).isEqualTo("META-INF/orgkit-sample-changelog.xml");
        assertThat(factory.getEntities()).containsExactly(SampleEntity.class, String.class);
        assertThatThrownBy(() -> factory.getEntities().add(Integer.class))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
