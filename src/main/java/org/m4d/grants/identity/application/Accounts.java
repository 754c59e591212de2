package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.m4d.grants.identity.domain.Membership;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/**
 * What every request needs to know of its user (state, session epoch, memberships and engine
 * groups), read from the database once and then held between requests, so that signing a request
 * in and checking its roles reads nothing. An account is dropped as soon as it changes
 * ({@link AccountChanged}: an administrator's change, disabling, "sign out everywhere"), and held
 * at most {@link #HELD} in any case, which bounds what a change made outside this node can miss.
 */
@ApplicationScoped
public class Accounts {

    static final Duration HELD = Duration.ofSeconds(30);

    @Inject
    UserRepository users;

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final LongSupplier clock;

    public Accounts() {
        this(System::nanoTime);
    }

    Accounts(LongSupplier clock) {
        this.clock = clock;
    }

    /** The account as it stands, or empty when there is none of that name. */
    public Optional<Account> find(String username) {
        long now = clock.getAsLong();
        Held known = held.get(username);
        if (known != null && now - known.until() < 0) {
            return Optional.of(known.account());
        }
        long seen = changes.get();
        Optional<Account> loaded = users.find(username).map(Account::of);
        if (loaded.isEmpty()) {
            held.remove(username);
            return loaded;
        }
        held.put(username, new Held(loaded.get(), now + HELD.toNanos()));
        // a change that committed while this was read may have been missed: then do not keep it
        if (changes.get() != seen) {
            held.remove(username);
        }
        return loaded;
    }

    void changing(@Observes AccountChanged change) {
        forget(change.username());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
        forget(change.username());
    }

    private void forget(String username) {
        changes.incrementAndGet();
        held.remove(username);
    }

    /** An account as a request sees it; no JPA state, so it can outlive the transaction that read it. */
    public record Account(String username, String displayName, boolean enabled, long sessionEpoch,
                          List<Membership> memberships, Set<String> groups) {

        static Account of(UserAccount account) {
            List<Membership> memberships = List.copyOf(account.memberships());
            return new Account(account.username(), account.displayName(), account.enabled(),
                    account.sessionEpoch(), memberships,
                    memberships.stream().flatMap(m -> m.groups().stream()).collect(Collectors.toUnmodifiableSet()));
        }

        /** Whether a session stamped with this epoch at sign-in still stands. */
        public boolean sessionStillValid(Long stampedEpoch) {
            return enabled && stampedEpoch != null && stampedEpoch == sessionEpoch;
        }
    }

    private record Held(Account account, long until) {
    }
}
