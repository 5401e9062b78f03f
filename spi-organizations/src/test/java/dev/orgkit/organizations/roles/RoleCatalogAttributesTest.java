package dev.orgkit.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RoleModel;

class RoleCatalogAttributesTest {

    private final RoleModel role = mock(RoleModel.class);

    @Test
    void theNameAttributeWinsOverTheDerivedName() {
        when(role.getName()).thenReturn("org:billing_manager");
        when(role.getFirstAttribute(RoleCatalog.NAME_ATTRIBUTE)).thenReturn("  Billing team lead ");

        assertThat(RoleCatalog.readableName(role)).isEqualTo("Billing team lead");
    }

    @Test
    void aBlankNameAttributeFallsBackToTheDerivedName() {
        when(role.getName()).thenReturn("org:billing_manager");
        when(role.getFirstAttribute(RoleCatalog.NAME_ATTRIBUTE)).thenReturn(" ");

        assertThat(RoleCatalog.readableName(role)).isEqualTo("Billing manager");
    }

    @Test
    void timestampsAreReadFromTheRoleAttributesAndZeroWhenMissingOrBroken() {
        when(role.getFirstAttribute(RoleCatalog.CREATED_AT_ATTRIBUTE)).thenReturn("1732200000123");
        when(role.getFirstAttribute(RoleCatalog.UPDATED_AT_ATTRIBUTE)).thenReturn("yesterday");

        assertThat(RoleCatalog.createdAt(role)).isEqualTo(1732200000123L);
        assertThat(RoleCatalog.updatedAt(role)).isZero();
        assertThat(RoleCatalog.createdAt(mock(RoleModel.class))).isZero();
    }
}
