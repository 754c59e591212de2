package org.m4d.grants.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    /** The users with at least one role in the current country, by user name. */
    List<UserAccount> withRoleIn();

    /** The users with a global role (programme management unit, observer), by user name. */
    List<UserAccount> withGlobalRole();

    Optional<UserAccount> find(String username);

    void store(UserAccount user);

    long count();
}
