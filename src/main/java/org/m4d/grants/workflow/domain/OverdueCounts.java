package org.m4d.grants.workflow.domain;

/**
 * Open user tasks of one country whose due date has passed: all of them, those that are report
 * submissions (a subset of all), and those in the signed-in user's own inbox.
 */
public record OverdueCounts(long tasks, long reports, long mine) {

    public static final OverdueCounts NONE = new OverdueCounts(0, 0, 0);

    public OverdueCounts plus(OverdueCounts other) {
        return new OverdueCounts(tasks + other.tasks, reports + other.reports, mine + other.mine);
    }
}
