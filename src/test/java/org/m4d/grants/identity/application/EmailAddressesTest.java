package org.m4d.grants.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.testing.InMemoryUsers;

/** Only one plain address per user, never one that could add a header to a mail. */
class EmailAddressesTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final EmailAddresses addresses = new EmailAddresses();
    private final UserAccount focal = user("np.focal", Role.NATIONAL_FOCAL_POINT, "NP");
    private final UserAccount finance = user("sn.finance", Role.FINANCE, "SN");

    {
        addresses.users = users;
        finance.changeEmail("finance@m4d.example");
    }

    private UserAccount user(String name, Role role, String tenant) {
        UserAccount user = new UserAccount(name, name, "hash");
        user.grant(role, tenant, null);
        users.store(user);
        return user;
    }

    @Test
    void aPlainAddressIsKeptInLowerCase() {
        assertThat(EmailAddresses.normalize("  Np.Focal+grants@M4D.example ")).isEqualTo("np.focal+grants@m4d.example");
        assertThat(EmailAddresses.normalize("o'neil@sub.domain.example.org")).isEqualTo("o'neil@sub.domain.example.org");
        assertThat(EmailAddresses.normalize("  ")).isNull();
        assertThat(EmailAddresses.normalize(null)).isNull();
    }

    @Test
    void anythingButOnePlainAddressIsRefused() {
        for (String bad : List.of("a@m4d.example\r\nBcc: victim@evil.example", "a@m4d.example\n", "a@m4d.example\r",
                "a\u0000@m4d.example", "Bob <bob@m4d.example>", "\"Bob\" bob@m4d.example", "a@m4d.example, b@m4d.example",
                "a@b", "a@@b.org", "a b@c.org", "@b.org", "a@", "a@b.org.", "a..b@c.org", ".a@b.org", "a.@b.org",
                "a@-b.org", "(comment)a@b.org", "group: a@b.org;", "a@[127.0.0.1]", "Ñandú@m4d.example")) {
            assertThatThrownBy(() -> EmailAddresses.normalize(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessage("Enter a plain e-mail address such as name@example.org");
        }
    }

    @Test
    void anAddressHasAtMost254Characters() {
        String local = "a".repeat(64);
        String longest = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
        assertThat(longest).hasSize(254);
        assertThat(EmailAddresses.normalize(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> EmailAddresses.normalize("e" + longest)).isInstanceOf(DomainException.class)
                .hasMessage("An e-mail address has at most 254 characters");
    }

    @Test
    void anotherUsersAddressInAnyLetterCaseIsTakenAndNothingChanges() {
        focal.changeEmail("focal@m4d.example");

        assertThatThrownBy(() -> addresses.assign(focal, "Finance@M4D.example")).isInstanceOf(ConflictException.class)
                .hasMessage("This e-mail address is already in use by another user");
        assertThat(focal.email()).isEqualTo("focal@m4d.example");
    }

    @Test
    void aUserKeepsTheirOwnAddressOrRemovesIt() {
        addresses.assign(finance, "FINANCE@m4d.example");
        assertThat(finance.email()).isEqualTo("finance@m4d.example");

        addresses.assign(finance, "");
        assertThat(finance.email()).isNull();
    }

    @Test
    void aRaceLostAtTheDatabaseIsTheSameConflict() {
        users.loseRaceOnFlush();

        assertThatThrownBy(() -> addresses.assign(focal, "new@m4d.example")).isInstanceOf(ConflictException.class)
                .hasMessage("This e-mail address is already in use by another user");
    }

    @Test
    void theAdministratorChangesAnAddressOfTheirCountryOnlyAndItIsAudited() {
        List<AccountChanged> changes = new ArrayList<>();
        UserAdministration administration = new UserAdministration();
        administration.users = users;
        administration.addresses = addresses;
        administration.context = new TenantContext();
        administration.changes = new FiredEvents<>(changes::add);
        administration.access = new Access() {
            @Override
            public void requireRole(Role role) {
            }

            @Override
            public String username() {
                return "np.admin";
            }
        };

        administration.context.runIn("NP", () -> administration.changeEmail("np.focal", "Focal@M4D.example"));

        assertThat(focal.email()).isEqualTo("focal@m4d.example");
        assertThat(changes).containsExactly(new AccountChanged("np.focal", "np.admin", "EMAIL_CHANGED", null, null,
                "np.focal in NP: e-mail none -> focal@m4d.example"));
        assertThatThrownBy(() -> administration.context.runIn("NP",
                () -> administration.changeEmail("sn.finance", "x@m4d.example"))).isInstanceOf(NotFoundException.class);
        assertThat(finance.email()).isEqualTo("finance@m4d.example");
    }
}
