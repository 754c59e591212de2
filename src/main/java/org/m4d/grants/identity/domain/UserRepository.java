package org.m4d.grants.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

public interface UserRepository {

    /** The users with at least one role in the current country, by user name. */
    List<UserAccount> withRoleIn();

    /** The users with a global role (programme management unit, observer), by user name. */
    List<UserAccount> withGlobalRole();

    Optional<UserAccount> find(String username);

    /** The stamp of an account ({@link UserAccount#stamp()}), read alone by its key; empty when there is none. */
    OptionalLong stampOf(String username);

    void store(UserAccount user);

    /** The user with this address (lower case), whatever their country. */
    Optional<UserAccount> findByEmail(String email);

    /**
     * Writes pending changes now, so that a unique key the database refuses is known in the use case.
     *
     * @throws org.m4d.grants.platform.domain.ConflictException when a unique key is taken
     */
    void flush();

    long count();
}
