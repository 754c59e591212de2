package org.m4d.grants.identity.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;

/** A tenant administrator learns nothing about accounts of other countries from a refused user name. */
class UserNamesTest {

    private static UserAccount user(String username, Role role, String tenant) {
        UserAccount user = new UserAccount(username, username, "hash");
        user.grant(role, tenant, null);
        return user;
    }

    private final Map<String, UserAccount> existing = Map.of("np.finance", user("np.finance", Role.FINANCE, "NP"),
            "sn.finance", user("sn.finance", Role.FINANCE, "SN"));

    private final UserAdministration administration = new UserAdministration();

    {
        administration.context = new TenantContext();
        administration.access = new Access() {
            @Override
            public void requireRole(Role role) {
            }
        };
        administration.users = new UserRepository() {
            @Override
            public List<UserAccount> withRoleIn() {
                return List.of();
            }

            @Override
            public List<UserAccount> withGlobalRole() {
                return List.of();
            }

            @Override
            public Optional<UserAccount> find(String username) {
                return Optional.ofNullable(existing.get(username));
            }

            @Override
            public java.util.OptionalLong stampOf(String username) {
                return existing.containsKey(username) ? java.util.OptionalLong.of(0) : java.util.OptionalLong.empty();
            }

            @Override
            public void store(UserAccount user) {
                throw new AssertionError("nothing is stored for a refused name");
            }

            @Override
            public Optional<UserAccount> findByEmail(String email) {
                return Optional.empty();
            }

            @Override
            public void flush() {
            }

            @Override
            public long count() {
                return existing.size();
            }
        };
    }

    private void create(String username) {
        administration.context.runIn("NP", () -> administration.create(
                new NewUser(username, "Someone", "long enough password", Role.APPLICANT, null, null)));
    }

    @Test
    void aNameOfTheOwnCountryAndOneOfAnotherGetTheSameNeutralAnswer() {
        for (String name : new String[] {"np.finance", "sn.finance"}) {
            assertThatThrownBy(() -> create(name)).as(name).isInstanceOf(DomainException.class)
                    .hasMessage("This user name cannot be used; choose another");
        }
    }
}
