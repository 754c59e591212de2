package org.m4d.grants.notification.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/** User accounts in memory, for the directory of recipients. */
final class InMemoryUsers implements UserRepository {

    private final Map<String, UserAccount> users = new LinkedHashMap<>();

    UserAccount add(String username, String displayName, String email, String language) {
        UserAccount account = new UserAccount(username, displayName, "-");
        account.changeEmail(email);
        if (language != null) {
            account.chooseLanguage(language);
        }
        users.put(username, account);
        return account;
    }

    @Override
    public List<UserAccount> withRoleIn() {
        return List.copyOf(users.values());
    }

    @Override
    public List<UserAccount> withGlobalRole() {
        return users.values().stream().filter(u -> u.memberships().stream().anyMatch(m -> m.role().global())).toList();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username));
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
    }

    @Override
    public long count() {
        return users.size();
    }
}
