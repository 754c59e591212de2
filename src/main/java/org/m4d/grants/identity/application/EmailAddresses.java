package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;

/**
 * The one form of e-mail address a user may have: a bare {@code local@domain} that Jakarta Mail
 * parses strictly as itself (no display name, no group, no comment), without control characters, so
 * that it can never add a header to a mail; at most 254 characters; stored in lower case, one user
 * per address. The database's unique constraint decides a race between two users taking one address.
 */
@ApplicationScoped
public class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final Pattern PLAIN = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    @Inject
    UserRepository users;

    /**
     * The address as it is kept, or null for none (a blank entry removes the address).
     *
     * @throws DomainException for anything but a plain address
     */
    public static String normalize(String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        if (entered.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw invalid();
        }
        String address = entered.strip();
        if (address.length() > MAX_LENGTH) {
            throw new DomainException("An e-mail address has at most " + MAX_LENGTH + " characters")
                    .withKey("error.email.tooLong", MAX_LENGTH);
        }
        if (!PLAIN.matcher(address).matches() || address.contains("..") || address.startsWith(".")
                || address.contains(".@")) {
            throw invalid();
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
                throw invalid();
            }
        } catch (AddressException notAnAddress) {
            throw invalid();
        }
        return address.toLowerCase(Locale.ROOT);
    }

    /** Gives the user the address (checked, lower case), unless another user has it; blank removes it. */
    public void assign(UserAccount user, String entered) {
        String address = normalize(entered);
        if (address != null && users.findByEmail(address).filter(other -> !other.username().equals(user.username()))
                .isPresent()) {
            throw taken();
        }
        user.changeEmail(address);
        try {
            users.flush();
        } catch (ConflictException raced) {
            throw taken();
        }
    }

    static ConflictException taken() {
        return new ConflictException("This e-mail address is already in use by another user")
                .withKey("error.email.taken");
    }

    private static DomainException invalid() {
        return new DomainException("Enter a plain e-mail address such as name@example.org")
                .withKey("error.email.invalid");
    }
}
