package org.m4d.grants.identity.infra;

import java.time.Duration;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for a user name within
 * {@link #WINDOW}, further attempts for that name are refused for {@link #LOCK}, whatever the
 * password, with the same answer as a wrong password. Counted per user name (existing or not, so
 * that the lock tells nothing about who exists), for the form and HTTP Basic alike. The app's
 * throttle is {@link DatabaseSignInThrottle}: a name locked through one node is locked on all.
 */
public interface SignInThrottle {

    int MAX_FAILURES = 5;
    Duration WINDOW = Duration.ofMinutes(15);
    Duration LOCK = Duration.ofMinutes(15);
    int MAX_NAME_LENGTH = 100;

    /** Whether a sign-in for this name may be tried now. */
    boolean allows(String username);

    /** Counts a failed sign-in; the {@value #MAX_FAILURES}th within the window locks the name. */
    void failed(String username);

    /** A successful sign-in starts the count afresh. */
    void succeeded(String username);

    /**
     * The name as counted: at most {@value #MAX_NAME_LENGTH} characters (the longest user name), control
     * characters replaced, since the database cannot even compare a NUL; such names are nobody's.
     */
    static String key(String username) {
        String name = username == null ? "" : username;
        if (name.length() > MAX_NAME_LENGTH) {
            name = name.substring(0, MAX_NAME_LENGTH);
        }
        StringBuilder key = new StringBuilder(name.length());
        name.chars().forEach(c -> key.append(Character.isISOControl(c) || Character.isSurrogate((char) c) ? '\uFFFD' : (char) c));
        return key.toString();
    }
}
