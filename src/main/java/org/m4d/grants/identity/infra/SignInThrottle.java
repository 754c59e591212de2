package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for a user name within
 * {@link #WINDOW}, further attempts for that name are refused for {@link #LOCK}, whatever the
 * password, with the same answer as a wrong password. Counted per user name (existing or not, so
 * that the lock tells nothing about who exists), for the form and HTTP Basic alike.
 * <p>
 * Kept in memory: enough for the single node we run; a cluster would need a shared store. The
 * map is bounded: when full, entries that expired go first, then names that are not locked; a
 * locked name is never dropped early, so flooding the map with other names cannot lift a lock.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MAX_NAMES = 10_000;
    private static final int MAX_NAME_LENGTH = 100;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    private final Clock clock;
    private final Map<String, Attempts> names = new HashMap<>();

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for this name may be tried now. */
    public synchronized boolean allows(String username) {
        Attempts attempts = names.get(key(username));
        return attempts == null || attempts.lockedUntil == null || !clock.instant().isBefore(attempts.lockedUntil);
    }

    /** Counts a failed sign-in; the {@value #MAX_FAILURES}th within the window locks the name. */
    public synchronized void failed(String username) {
        Instant now = clock.instant();
        String key = key(username);
        Attempts attempts = names.get(key);
        if (attempts == null) {
            if (names.size() >= MAX_NAMES && !makeRoom(now)) {
                return;
            }
            attempts = new Attempts();
            names.put(key, attempts);
        }
        if (attempts.lockedUntil != null && now.isBefore(attempts.lockedUntil)) {
            return;
        }
        attempts.lockedUntil = null;
        prune(attempts, now);
        attempts.failures.addLast(now);
        if (attempts.failures.size() >= MAX_FAILURES) {
            attempts.failures.clear();
            attempts.lockedUntil = now.plus(LOCK);
        }
    }

    /** A successful sign-in starts the count afresh. */
    public synchronized void succeeded(String username) {
        names.remove(key(username));
    }

    synchronized int size() {
        return names.size();
    }

    private boolean makeRoom(Instant now) {
        names.values().removeIf(a -> {
            prune(a, now);
            return a.failures.isEmpty() && (a.lockedUntil == null || !now.isBefore(a.lockedUntil));
        });
        if (names.size() < MAX_NAMES) {
            return true;
        }
        names.values().removeIf(a -> a.lockedUntil == null);
        return names.size() < MAX_NAMES;
    }

    private static void prune(Attempts attempts, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!attempts.failures.isEmpty() && !attempts.failures.peekFirst().isAfter(oldest)) {
            attempts.failures.removeFirst();
        }
    }

    private static String key(String username) {
        String name = username == null ? "" : username;
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }
}
