package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/**
 * What signed-in users choose for themselves and keep on their own account: the language of the
 * pages. Nobody else's account is ever read or changed here.
 */
@ApplicationScoped
@Transactional
public class Preferences {

    @Inject
    CurrentUser user;

    @Inject
    UserRepository users;

    /** The language the signed-in user chose, if they are signed in and ever chose one. */
    public Optional<String> language() {
        return own().map(UserAccount::language);
    }

    /** Keeps the signed-in user's language; without a signed-in user there is nothing to keep. */
    public void chooseLanguage(String code) {
        own().ifPresent(account -> account.chooseLanguage(code));
    }

    private Optional<UserAccount> own() {
        return user.signedIn() ? users.find(user.username()) : Optional.empty();
    }
}
