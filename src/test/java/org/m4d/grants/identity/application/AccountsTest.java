package org.m4d.grants.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
        public void store(UserAccount user) {
            accounts.put(user.username(), user);
        }

        @Override
        public long count() {
            return accounts.size();
        }
    }

    private final AtomicLong now = new AtomicLong();
    private final CountingUsers users = new CountingUsers();
    private Accounts accounts;
    private UserAccount coordinator;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(now::get);
        accounts.users = users;
        coordinator = new UserAccount("np.coordinator", "Coordinator", "hash");
        coordinator.grant(Role.COORDINATOR, "NP", Agency.IOM);
        users.store(coordinator);
    }

    @Test
    void theSecondRequestOfAUserReadsNothing() {
        Accounts.Account first = accounts.find("np.coordinator").orElseThrow();
        Accounts.Account second = accounts.find("np.coordinator").orElseThrow();

        assertThat(users.reads).containsExactly("np.coordinator");
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
    void anAccountIsHeldNoLongerThanItsTime() {
        accounts.find("np.coordinator");
        now.addAndGet(Accounts.HELD.toNanos() - 1);
        accounts.find("np.coordinator");
        assertThat(users.reads).hasSize(1);

        now.addAndGet(1);
        accounts.find("np.coordinator");

        assertThat(users.reads).hasSize(2);
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
