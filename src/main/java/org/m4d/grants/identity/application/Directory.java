package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/**
 * Who is to hear of something: a user by name, or the enabled members of an engine group
 * ({@code NP-coordinator}, {@code NP-reviewer-IOM}, {@code pmu}), with where and in which language
 * to reach them. Runs in the tenant context of the group's country.
 */
@ApplicationScoped
public class Directory {

    @Inject
    UserRepository users;

    /** A person to notify; {@code email} and {@code language} are null when the user has set none. */
    public record Recipient(String username, String displayName, String email, String language) {

        static Recipient of(UserAccount account) {
            return new Recipient(account.username(), account.displayName(), account.email(), account.language());
        }
    }

    public Optional<Recipient> find(String username) {
        return users.find(username).filter(UserAccount::enabled).map(Recipient::of);
    }

    /** The enabled users of the group (as {@link #membersOf}) who are away on the day. */
    public java.util.Set<String> awayOn(String group, java.time.LocalDate day) {
        return users.withRoleIn().stream().filter(UserAccount::enabled).filter(u -> u.awayOn(day))
                .filter(u -> u.memberships().stream().anyMatch(m -> m.groups().contains(group)))
                .map(UserAccount::username).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The enabled users in the group, by user name: within the current country, or everywhere for
     * the group of a global role ({@code pmu}), whose memberships name no country.
     */
    public List<Recipient> membersOf(String group) {
        boolean global = Arrays.stream(Role.values()).anyMatch(r -> r.global() && r.groupIn(null).equals(group));
        return (global ? users.withGlobalRole() : users.withRoleIn()).stream()
                .filter(UserAccount::enabled)
                .filter(u -> u.memberships().stream().anyMatch(m -> m.groups().contains(group)))
                .map(Recipient::of)
                .toList();
    }
}
