package org.m4d.grants.identity.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a user name and password were verified, so that an API client
 * sending HTTP Basic on every request does not pay the slow password hash every time. Only a keyed
 * SHA-256 of the password is kept, in memory, with a random key per start; a failed sign-in or a
 * different password forgets the entry. Per node by design (docs/adr/0029): an entry holds only while
 * the account's stamp is the one read before the password was verified, so a password changed or an
 * account disabled on another node ends it at the next request here.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, long stamp, long expiresAt) {
    }

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified lately for this name, while the account's stamp was {@code stamp}. */
    public boolean recentlyVerified(String username, String password, long stamp) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (entry.expiresAt() < System.currentTimeMillis()) {
            entries.remove(username, entry);
            return false;
        }
        return entry.stamp() == stamp && MessageDigest.isEqual(entry.digest(), digest(password));
    }

    /** Remembers a verified password; {@code stamp} is the account's stamp read before it was verified. */
    public void remember(String username, String password, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(password), stamp, System.currentTimeMillis() + TTL.toMillis()));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
