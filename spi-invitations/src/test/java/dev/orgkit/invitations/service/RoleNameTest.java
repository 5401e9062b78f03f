package dev.orgkit.invitations.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.orgkit.organizations.spi.OrgRole;

class RoleNameTest {

    @Test
    void aRoleWithADescriptionIsNamedByIt() {
        OrgRole role = new OrgRole("org:billing", "  Billing manager ", Set.of());

        assertThat(InvitationViews.roleName(role, "org:billing")).isEqualTo("Billing manager");
    }

    @ParameterizedTest
    @CsvSource({
            "org:admin, Admin",
            "org:billing_manager, Billing manager",
            "org:vault-keeper, Vault keeper",
            "custom, Custom",
            "org:, org:"
    })
    void aRoleWithoutADescriptionIsNamedByItsNameMadeReadable(String name, String readable) {
        assertThat(InvitationViews.roleName(new OrgRole(name, null, Set.of()), name)).isEqualTo(readable);
        assertThat(InvitationViews.roleName(null, name)).isEqualTo(readable);
    }
}
