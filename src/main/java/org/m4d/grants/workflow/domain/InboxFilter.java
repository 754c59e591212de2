package org.m4d.grants.workflow.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an inbox page shows: the tenants in view, and optionally one kind of task ({@code key}),
 * only the user's own or only unclaimed tasks ({@code mine}), one sector, a due-date window, and
 * tasks to be followed up before an instant ({@code followUpBefore}; null for any).
 * Sorted newest first, or by due date when {@code byDue}.
 */
public record InboxFilter(List<String> tenants, String key, Boolean mine, String sector, Due due, boolean byDue,
                          Instant followUpBefore) implements Serializable {

    /** Due-date windows of the inbox. */
    public enum Due {
        ANY, OVERDUE, THIS_WEEK;

        /** The latest due date in this window, seen at {@code now}; null for any. */
        public Instant before(Instant now) {
            return switch (this) {
                case ANY -> null;
                case OVERDUE -> now;
                case THIS_WEEK -> now.plus(java.time.Duration.ofDays(7));
            };
        }
    }

    public InboxFilter {
        tenants = List.copyOf(tenants);
        due = due == null ? Due.ANY : due;
    }

    public static InboxFilter of(String tenant) {
        return new InboxFilter(List.of(tenant), null, null, null, Due.ANY, false, null);
    }
}
