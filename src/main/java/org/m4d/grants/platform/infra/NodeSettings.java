package org.m4d.grants.platform.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What sets one node of the app apart from the others on the same database (docs/adr/0029):
 * {@code M4D_NODE_NAME} (default the host name), the owner of the engine jobs this node runs, and
 * {@code M4D_JOB_LOCK_TIME} (ISO-8601 duration, default {@code PT5M}), how long a job this node took
 * stays its own: when a node dies, its jobs are taken by another node once that time has passed.
 */
@ApplicationScoped
public class NodeSettings {

    static final String NAME = "m4d.node-name";
    static final String JOB_LOCK_TIME = "m4d.job-lock-time";
    static final Duration DEFAULT_JOB_LOCK_TIME = Duration.ofMinutes(5);
    // the engine keeps the lock time in an int of milliseconds; a day is far more than any job takes
    static final Duration MIN_JOB_LOCK_TIME = Duration.ofSeconds(1);
    static final Duration MAX_JOB_LOCK_TIME = Duration.ofDays(1);

    public String name() {
        return config().getOptionalValue(NAME, String.class).map(String::strip).filter(n -> !n.isEmpty())
                .orElseGet(NodeSettings::hostName);
    }

    /** The job lock time; a value that is no duration between a second and a day stops the start rather than leave jobs locked forever. */
    public Duration jobLockTime() {
        return jobLockTime(config().getOptionalValue(JOB_LOCK_TIME, String.class).orElse(null));
    }

    static Duration jobLockTime(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_JOB_LOCK_TIME;
        }
        Duration time;
        try {
            time = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("M4D_JOB_LOCK_TIME is not an ISO-8601 duration such as PT5M: " + value, e);
        }
        if (time.compareTo(MIN_JOB_LOCK_TIME) < 0 || time.compareTo(MAX_JOB_LOCK_TIME) > 0) {
            throw new IllegalStateException("M4D_JOB_LOCK_TIME must be between PT1S and PT24H, e.g. PT5M; it is " + value);
        }
        return time;
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "m4d-node";
        }
    }
}
