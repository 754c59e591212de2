package org.m4d.grants.identity.infra;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The throttle's rules kept in one node's memory, for unit tests of what uses a throttle; the app's is
 * {@link DatabaseSignInThrottle}, shared by every node. Both pass {@link SignInThrottleContract}. The map is
 * bounded: when full, entries that expired go first, then names that are not locked; a locked name is never
 * dropped early, so flooding the map with other names cannot lift a lock.
 */
public class MemorySignInThrottle implements SignInThrottle {

    static final int MAX_NAMES = 10_000;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    private final Clock clock;
    private final Map<String, Attempts> names = new HashMap<>();

    MemorySignInThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean allows(String username) {
        Attempts attempts = names.get(key(username));
        return attempts == null || attempts.lockedUntil == null || !clock.instant().isBefore(attempts.lockedUntil);
    }

    @Override
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

    @Override
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
        return SignInThrottle.key(username);
    }
}
