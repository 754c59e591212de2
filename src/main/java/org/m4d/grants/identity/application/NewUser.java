package org.m4d.grants.identity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;

/**
 * What a tenant administrator enters to create a user with a first role in their country, and the
 * address they are notified at (optional; {@code EmailAddresses} checks it).
 */
public record NewUser(
        @NotBlank(message = "Enter a user name")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}",
                message = "The user name has 3 to 100 lower-case letters, digits, dots, hyphens or underscores")
        String username,
        @NotBlank(message = "Enter the display name")
        @Size(max = 200, message = "The display name can have at most 200 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "The display name cannot contain line breaks")
        String displayName,
        @NotNull(message = "Enter an initial password")
        @Size(min = 10, max = 200, message = "The initial password needs at least 10 characters")
        String password,
        @NotNull(message = "Choose a role")
        Role role,
        Agency agency,
        String email) {

    /** Never the password, should the record end up in a log. */
    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
