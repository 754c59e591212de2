package org.m4d.grants.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.domain.ConflictException;

/**
 * User accounts in memory. "In the country" is the country the given supplier names (a tenant
 * context), or every account when it names none; {@link #loseRaceOnFlush()} plays another user
 * committing the same address first, as the database's unique key would answer.
 */
public final class InMemoryUsers implements UserRepository {

    private final Map<String, UserAccount> users = new LinkedHashMap<>();
    private final Supplier<String> country;
    private boolean raceOnFlush;

    public InMemoryUsers() {
        this(() -> null);
    }

    public InMemoryUsers(Supplier<String> country) {
        this.country = country;
    }

    /** Adds an account with an address and a language (either may be null). */
    public UserAccount add(String username, String displayName, String email, String language) {
        UserAccount account = new UserAccount(username, displayName, "-");
        account.changeEmail(email);
        if (language != null) {
            account.chooseLanguage(language);
        }
        users.put(username, account);
        return account;
    }

    public void loseRaceOnFlush() {
        raceOnFlush = true;
    }

    @Override
    public List<UserAccount> withRoleIn() {
        String current = country.get();
        return users.values().stream()
                .filter(u -> current == null || u.memberships().stream().anyMatch(m -> current.equals(m.tenant())))
                .toList();
    }

    @Override
    public List<UserAccount> withGlobalRole() {
        return users.values().stream().filter(u -> u.memberships().stream().anyMatch(m -> m.role().global())).toList();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    /** The accounts here are no JPA entities: their stamp stays where it was made. */
    @Override
    public OptionalLong stampOf(String username) {
        UserAccount user = users.get(username);
        return user == null ? OptionalLong.empty() : OptionalLong.of(user.stamp());
    }

    @Override
    public void store(UserAccount user) {
        users.put(user.username(), user);
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return users.values().stream().filter(u -> email.equals(u.email())).findFirst();
    }

    @Override
    public void flush() {
        if (raceOnFlush) {
            throw new ConflictException("This conflicts with a record that already exists");
        }
    }

    @Override
    public long count() {
        return users.size();
    }
}
