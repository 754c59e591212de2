package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.m4d.grants.identity.domain.Membership;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/**
 * What every request needs to know of its user (state, session epoch, memberships and engine
 * groups), read from the database once and then held between requests, so that signing a request
 * in and checking its roles reads one number: the account's stamp, by its key (about 0.1 ms). Every
 * change of the account raises the stamp ({@link UserAccount#stamp()}), on whichever node or by
 * whatever means it is made, so a held account whose stamp moved is read again: a user disabled or
 * signed out everywhere on another node is out at their next request here (docs/adr/0029). A change
 * made on this node also drops the account at once ({@link AccountChanged}).
 */
@ApplicationScoped
public class Accounts {

    @Inject
    UserRepository users;

    private final Map<String, Account> held = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** The account as it stands, or empty when there is none of that name. */
    public Optional<Account> find(String username) {
        Account known = held.get(username);
        if (known != null) {
            OptionalLong stamp = users.stampOf(username);
            if (stamp.isPresent() && stamp.getAsLong() == known.stamp()) {
                return Optional.of(known);
            }
        }
        long seen = changes.get();
        Optional<Account> loaded = users.find(username).map(Account::of);
        if (loaded.isEmpty()) {
            held.remove(username);
            return loaded;
        }
        held.put(username, loaded.get());
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
    public record Account(String username, String displayName, boolean enabled, long sessionEpoch, long stamp,
                          List<Membership> memberships, Set<String> groups) {

        static Account of(UserAccount account) {
            List<Membership> memberships = List.copyOf(account.memberships());
            return new Account(account.username(), account.displayName(), account.enabled(),
                    account.sessionEpoch(), account.stamp(), memberships,
                    memberships.stream().flatMap(m -> m.groups().stream()).collect(Collectors.toUnmodifiableSet()));
        }

        /** Whether a session stamped with this epoch at sign-in still stands. */
        public boolean sessionStillValid(Long stampedEpoch) {
            return enabled && stampedEpoch != null && stampedEpoch == sessionEpoch;
        }
    }
}
