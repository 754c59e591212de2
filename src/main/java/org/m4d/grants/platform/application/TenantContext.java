package org.m4d.grants.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The country the current request or job works in, set once where it is known (the API path after
 * the membership check, the page session's country, the process instance's tenant) and read by the
 * services and repositories instead of a tenant passed through every call (docs/adr/0013).
 * <p>
 * Thread-bound, because the job executor's threads have no request scope; scopes nest (an "all
 * countries" view switches one country at a time) and each restores what was there before, so
 * nothing survives the request or job that set it.
 */
@ApplicationScoped
public class TenantContext {

    private static final ThreadLocal<Deque<String>> CURRENT = ThreadLocal.withInitial(ArrayDeque::new);

    /** The country now; touching tenant-owned data without one is a programming error, never a guess. */
    public String current() {
        String tenant = CURRENT.get().peek();
        if (tenant == null) {
            throw new IllegalStateException("No country is set for this request or job: "
                    + "tenant-owned data can only be used inside a tenant context");
        }
        return tenant;
    }

    public Optional<String> find() {
        return Optional.ofNullable(CURRENT.get().peek());
    }

    /** Works in a country until the returned scope closes, which restores the previous one. */
    public Scope enter(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("No country given for a tenant context");
        }
        Deque<String> stack = CURRENT.get();
        stack.push(tenant);
        return new Scope(stack, stack.size());
    }

    /** Runs work in one country, e.g. one country of an "all countries" view at a time. */
    public <T> T runIn(String tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    public void runIn(String tenant, Runnable work) {
        runIn(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Forgets every country of this thread: the end of a request or job, whatever was left open. */
    public void clear() {
        CURRENT.remove();
    }

    /** An open tenant context; closing it restores the one it was entered in. */
    public static final class Scope implements AutoCloseable {

        private final Deque<String> stack;
        private final int depth;

        private Scope(Deque<String> stack, int depth) {
            this.stack = stack;
            this.depth = depth;
        }

        /** Also drops scopes nested inside this one that were left open. */
        @Override
        public void close() {
            while (stack.size() >= depth && !stack.isEmpty()) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                CURRENT.remove();
            }
        }
    }
}
