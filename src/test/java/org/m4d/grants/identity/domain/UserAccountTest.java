package org.m4d.grants.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Agency;

class UserAccountTest {

    @Test
    void tenantRolesBecomeTenantQualifiedEngineGroups() {
        UserAccount user = new UserAccount("u", "U", "hash");
        user.grant(Role.COORDINATOR, "NP", Agency.UNDP);
        user.grant(Role.REVIEWER, "SN", Agency.IOM);
        user.grant(Role.PMU, null, null);

        assertThat(user.memberships()).flatExtracting(Membership::groups)
                .containsExactly("NP-coordinator", "SN-reviewer", "SN-reviewer-IOM", "pmu");
    }

    @Test
    void globalRolesTakeNoTenantAndTenantRolesNeedOne() {
        UserAccount user = new UserAccount("u", "U", "hash");
        assertThatThrownBy(() -> user.grant(Role.PMU, "NP", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> user.grant(Role.FINANCE, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(user.memberships()).isEmpty();
    }

    @Test
    void aChosenLanguageIsKeptAsItsCode() {
        UserAccount user = new UserAccount("u", "U", "hash");
        assertThat(user.language()).isNull();
        user.chooseLanguage("fr");
        assertThat(user.language()).isEqualTo("fr");
        assertThatThrownBy(() -> user.chooseLanguage("French")).isInstanceOf(IllegalArgumentException.class);
        assertThat(user.language()).isEqualTo("fr");
    }
}
