package org.m4d.grants.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Agency;

/** The rules a tenant administrator changes users under: their country only, and no lock-out. */
class UserAdministrationRulesTest {

    private static UserAccount user(String username, Role role, String tenant) {
        UserAccount user = new UserAccount(username, username, "hash");
        user.grant(role, tenant, null);
        return user;
    }

    @Test
    void anAdministratorKeepsTheirOwnAdministratorRole() {
        UserAccount admin = user("np.admin", Role.TENANT_ADMIN, "NP");
        admin.assign(Role.FINANCE, "NP", null);

        assertThatThrownBy(() -> admin.revoke(Role.TENANT_ADMIN, "NP", "np.admin"))
                .isInstanceOf(DomainException.class).hasMessage("You cannot remove your own administrator role");
        assertThat(admin.hasRole("NP", Role.TENANT_ADMIN)).isTrue();

        admin.revoke(Role.FINANCE, "NP", "np.admin");
        assertThat(admin.rolesIn("NP")).extracting(Membership::role).containsExactly(Role.TENANT_ADMIN);
    }

    @Test
    void anotherAdministratorMayRemoveTheAdministratorRole() {
        UserAccount admin = user("np.admin", Role.TENANT_ADMIN, "NP");
        admin.assign(Role.COORDINATOR, "NP", null);

        admin.revoke(Role.TENANT_ADMIN, "NP", "np.admin2");

        assertThat(admin.hasRole("NP", Role.TENANT_ADMIN)).isFalse();
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        UserAccount admin = user("np.admin", Role.TENANT_ADMIN, "NP");

        assertThatThrownBy(() -> admin.disable("NP", "np.admin"))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account");
        assertThat(admin.enabled()).isTrue();
    }

    @Test
    void disablesAndEnablesAUserOfTheCountryOnly() {
        UserAccount applicant = user("np.applicant", Role.APPLICANT, "NP");

        applicant.disable("NP", "np.admin");
        assertThat(applicant.enabled()).isFalse();
        applicant.enable("NP");
        assertThat(applicant.enabled()).isTrue();
    }

    @Test
    void aUserWithRolesElsewhereIsNotDisabledByOneCountry() {
        UserAccount both = user("both", Role.REVIEWER, "SN");
        both.grant(Role.APPLICANT, "NP", null);
        UserAccount global = user("pmu", Role.PMU, null);
        global.grant(Role.FINANCE, "NP", null);

        assertThatThrownBy(() -> both.disable("NP", "np.admin")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> global.disable("NP", "np.admin")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> both.enable("NP")).isInstanceOf(DomainException.class);
        assertThat(both.enabled()).isTrue();
        assertThat(global.enabled()).isTrue();
    }

    @Test
    void theLastRoleOfAUserOfOneCountryStays() {
        UserAccount applicant = user("np.applicant", Role.APPLICANT, "NP");

        assertThatThrownBy(() -> applicant.revoke(Role.APPLICANT, "NP", "np.admin"))
                .isInstanceOf(DomainException.class).hasMessageContaining("disable the account instead");
        assertThat(applicant.hasRole("NP", Role.APPLICANT)).isTrue();
    }

    @Test
    void theLastRoleInACountryEndsTheMembershipOfAUserOfSeveralCountries() {
        UserAccount both = user("both", Role.REVIEWER, "SN");
        both.grant(Role.APPLICANT, "NP", null);

        both.revoke(Role.APPLICANT, "NP", "np.admin");

        assertThat(both.rolesIn("NP")).isEmpty();
        assertThat(both.rolesIn("SN")).hasSize(1);
    }

    @Test
    void reviewersNeedAnAgencyAndGlobalRolesAreNotGivenPerCountry() {
        UserAccount user = user("u", Role.APPLICANT, "NP");

        assertThatThrownBy(() -> user.assign(Role.REVIEWER, "NP", null)).isInstanceOf(DomainException.class)
                .hasMessage("A reviewer needs an agency (IOM or UNDP)");
        assertThatThrownBy(() -> user.assign(Role.PMU, "NP", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> user.assign(Role.APPLICANT, "NP", null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("already has this role");

        user.assign(Role.REVIEWER, "NP", Agency.UNDP);
        user.assign(Role.FINANCE, "NP", Agency.IOM);
        assertThat(user.rolesIn("NP")).extracting(Membership::role, Membership::agency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.APPLICANT, null),
                        org.assertj.core.groups.Tuple.tuple(Role.REVIEWER, Agency.UNDP),
                        org.assertj.core.groups.Tuple.tuple(Role.FINANCE, null));
    }

    @Test
    void aRoleNotHeldCannotBeRemoved() {
        UserAccount user = user("u", Role.APPLICANT, "NP");
        user.grant(Role.FINANCE, "SN", null);

        assertThatThrownBy(() -> user.revoke(Role.FINANCE, "NP", "np.admin")).isInstanceOf(DomainException.class);
        assertThat(user.rolesIn("SN")).hasSize(1);
    }
}
