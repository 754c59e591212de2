package org.m4d.grants.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

class AccountsTest {

    /** Counts the reads; {@code duringRead} runs inside a read, as a change committing meanwhile would. */
    private static final class CountingUsers implements UserRepository {
        final Map<String, UserAccount> accounts = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        final List<String> stampReads = new ArrayList<>();
        Runnable duringRead = () -> { };

        @Override
        public List<UserAccount> withRoleIn() {
            return List.copyOf(accounts.values());
        }

        @Override
        public List<UserAccount> withGlobalRole() {
            return List.of();
        }

        @Override
        public Optional<UserAccount> find(String username) {
            reads.add(username);
            duringRead.run();
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public OptionalLong stampOf(String username) {
            stampReads.add(username);
            UserAccount account = accounts.get(username);
            return account == null ? OptionalLong.empty() : OptionalLong.of(account.stamp());
        }

        @Override
        public void store(UserAccount user) {
            accounts.put(user.username(), user);
        }

        @Override
        public Optional<UserAccount> findByEmail(String email) {
            return accounts.values().stream().filter(u -> email.equals(u.email())).findFirst();
        }

        @Override
        public void flush() {
        }

        @Override
        public long count() {
            return accounts.size();
        }
    }

    private final CountingUsers users = new CountingUsers();
    private Accounts accounts;
    private UserAccount coordinator;

    @BeforeEach
    void setUp() {
        accounts = new Accounts();
        accounts.users = users;
        coordinator = new UserAccount("np.coordinator", "Coordinator", "hash");
        coordinator.grant(Role.COORDINATOR, "NP", Agency.IOM);
        users.store(coordinator);
    }

    /** What JPA does on every update of the account: raises its version. */
    private static void raiseStamp(UserAccount account) {
        try {
            java.lang.reflect.Field stamp = UserAccount.class.getDeclaredField("stamp");
            stamp.setAccessible(true);
            stamp.setLong(account, stamp.getLong(account) + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSecondRequestOfAUserReadsOnlyTheStamp() {
        Accounts.Account first = accounts.find("np.coordinator").orElseThrow();
        Accounts.Account second = accounts.find("np.coordinator").orElseThrow();

        assertThat(users.reads).containsExactly("np.coordinator");
        assertThat(users.stampReads).containsExactly("np.coordinator");
        assertThat(second).isSameAs(first);
        assertThat(second.groups()).isEqualTo(Set.of("NP-coordinator"));
    }

    @Test
    void aChangedAccountIsReadAgainWithItsNewRoles() {
        accounts.find("np.coordinator");
        coordinator.grant(Role.FINANCE, "NP", null);

        accounts.changed(new AccountChanged("np.coordinator", "np.admin", "ROLE_GRANTED", null, null, "np.coordinator in NP"));

        assertThat(accounts.find("np.coordinator").orElseThrow().groups())
                .isEqualTo(Set.of("NP-coordinator", "NP-finance"));
        assertThat(users.reads).containsExactly("np.coordinator", "np.coordinator");
    }

    @Test
    void signingOutEverywhereEndsTheHeldSessionAtOnce() {
        long stamped = accounts.find("np.coordinator").orElseThrow().sessionEpoch();
        coordinator.endAllSessions();

        accounts.changing(new AccountChanged("np.coordinator", "np.admin", "ROLE_GRANTED", null, null, "np.coordinator in NP"));

        assertThat(accounts.find("np.coordinator").orElseThrow().sessionStillValid(stamped)).isFalse();
    }

    @Test
    void anAccountChangedOnAnotherNodeIsReadAgainAtTheNextRequest() {
        long stamped = accounts.find("np.coordinator").orElseThrow().sessionEpoch();
        // another node: no event here, only the row changed
        coordinator.endAllSessions();
        raiseStamp(coordinator);

        Accounts.Account now = accounts.find("np.coordinator").orElseThrow();

        assertThat(users.reads).containsExactly("np.coordinator", "np.coordinator");
        assertThat(now.sessionStillValid(stamped)).isFalse();
        assertThat(now.stamp()).isEqualTo(1);
    }

    @Test
    void anAccountGoneOnAnotherNodeIsGoneHere() {
        accounts.find("np.coordinator");
        users.accounts.remove("np.coordinator");

        assertThat(accounts.find("np.coordinator")).isEmpty();
    }

    @Test
    void whatWasReadWhileAChangeCommittedIsNotKept() {
        users.duringRead = () -> accounts.changed(new AccountChanged("np.coordinator", "np.admin", "ROLE_GRANTED", null, null, "np.coordinator in NP"));
        accounts.find("np.coordinator");
        users.duringRead = () -> { };

        accounts.find("np.coordinator");

        assertThat(users.reads).containsExactly("np.coordinator", "np.coordinator");
    }

    @Test
    void anUnknownNameIsAskedEveryTime() {
        assertThat(accounts.find("nobody")).isEmpty();
        assertThat(accounts.find("nobody")).isEmpty();

        assertThat(users.reads).containsExactly("nobody", "nobody");
    }
}
