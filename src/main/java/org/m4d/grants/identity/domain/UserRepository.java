package org.m4d.grants.identity.domain;

import java.util.Optional;

public interface UserRepository {

    Optional<UserAccount> find(String username);

    void store(UserAccount user);

    long count();
}
