package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.identity.application.Accounts;
import org.m4d.grants.identity.application.PasswordHasher;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/** The one user store: accounts and memberships in the application database. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    /** Verified against when the user is unknown, so that timing does not tell who exists. */
    private String decoyHash;

    @Inject
    UserRepository users;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        if (!throttle.allows(username)) {
            // the same work and the same answer as a wrong password
            hasher.matches(login.getPasswordAsString(), decoy());
            return CredentialValidationResult.INVALID_RESULT;
        }
        // a name with a control character is nobody's, and PostgreSQL cannot even compare a NUL
        UserAccount account = username.chars().anyMatch(Character::isISOControl) ? null
                : users.find(username).filter(UserAccount::enabled).orElse(null);
        if (account == null) {
            hasher.matches(login.getPasswordAsString(), decoy());
            throttle.failed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.matches(login.getPasswordAsString(), account.passwordHash())) {
            throttle.failed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        return new CredentialValidationResult(account.username(), groupsOf(account));
    }

    /** Whether sign-ins for this user name are allowed now (not throttled). */
    public boolean allows(String username) {
        return throttle.allows(username);
    }

    /** The session epoch of an account, stamped into the session at sign-in. */
    public long sessionEpochOf(String username) {
        return accounts.find(username).map(Accounts.Account::sessionEpoch).orElse(-1L);
    }

    /**
     * The groups of the user of a session, or null when the session no longer stands: the account
     * is gone or disabled, or the user signed out everywhere since this session signed in.
     */
    public Set<String> groupsOfSession(String username, Long stampedEpoch) {
        return accounts.find(username).filter(u -> u.sessionStillValid(stampedEpoch))
                .map(Accounts.Account::groups).orElse(null);
    }

    /** The account as it stands (its stamp checked), or null when it is gone or disabled. */
    public Accounts.Account enabledAccount(String username) {
        if (username.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return accounts.find(username).filter(Accounts.Account::enabled).orElse(null);
    }

    private static Set<String> groupsOf(UserAccount account) {
        return account.memberships().stream().flatMap(m -> m.groups().stream()).collect(Collectors.toSet());
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("no such user");
        }
        return decoyHash;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
