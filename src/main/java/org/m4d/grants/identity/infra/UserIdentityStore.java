package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
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
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // a name with a control character is nobody's, and PostgreSQL cannot even compare a NUL
        UserAccount account = login.getCaller().chars().anyMatch(Character::isISOControl) ? null
                : users.find(login.getCaller()).filter(UserAccount::enabled).orElse(null);
        if (account == null) {
            hasher.matches(login.getPasswordAsString(), decoy());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.matches(login.getPasswordAsString(), account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.username(), groupsOf(account));
    }

    /** The groups of a signed-in user, or null when the account is gone or disabled. */
    public Set<String> groupsOf(String username) {
        return users.find(username).filter(UserAccount::enabled).map(UserIdentityStore::groupsOf).orElse(null);
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
