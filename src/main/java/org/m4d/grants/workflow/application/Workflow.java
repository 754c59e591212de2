package org.m4d.grants.workflow.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.OpenTask;
import org.m4d.grants.workflow.domain.OverdueCounts;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The application's door to the workflow, in the application's own terms: lifecycles, tasks and
 * where an instance stands. Every call acts as the signed-in user in the tenant context's country
 * and joins the caller's transaction. The user's tasks are those they are a candidate or assignee
 * of, and the applicant's reporting tasks held by the creator of a proposal the user is a current
 * co-applicant of ({@link StandIns}, docs/adr/0035 §7), which they complete under their own name.
 * Refusals arrive as the application's exceptions: a task of
 * another country or of nobody the user may see is not found; a task claimed or completed by
 * someone else, or changed meanwhile, is a conflict. The engine that runs it lives in
 * {@code workflow.infra} (docs/adr/0015).
 */
public interface Workflow {

    /**
     * Starts the grant lifecycle of a submitted proposal in its country, with its routing facts and
     * the country's timers as they are now; returns the instance id.
     */
    String startLifecycle(long proposalId, Map<String, Object> routing);

    /**
     * Starts another process of a proposal in its country (an amendment, an assurance activity),
     * with the proposal as business key so its tasks reach the inbox like the lifecycle's, the
     * country's timers, and {@code variables}; returns the instance id.
     */
    String startCase(String processKey, long proposalId, Map<String, Object> variables);

    /** Ends a lifecycle before approval: the applicant withdrew the proposal. */
    void withdraw(String processInstanceId);

    /** A variable as an open task the user may work on sees it, e.g. the agency of a review task. */
    Object variable(String taskId, String name);

    /**
     * A page of the user's open tasks in the country, optionally of one kind and by assignment (the
     * reporting tasks a co-applicant takes for the creator count as theirs, not as unclaimed).
     */
    List<TaskView> inbox(String key, Boolean mine, int first, int max);

    /**
     * A page of the user's open tasks in the filter's countries, newest first (or soonest due),
     * without a count: a page one longer than asked tells the caller whether there is more.
     */
    List<TaskView> inbox(InboxFilter filter, int first, int max);

    /** An open task the user may work on. */
    TaskView task(String taskId);

    /** Takes an open task; taking one's own again changes nothing. */
    void claim(String taskId);

    /** Gives a task the user claimed back to its groups. */
    void unclaim(String taskId);

    /**
     * Completes a task of the expected kind with the variables the lifecycle routes on; an
     * unclaimed task is claimed first.
     */
    void complete(String taskId, String expectedKey, Map<String, Object> variables);

    /**
     * The ids of the activities a lifecycle waits in (those of its implementation once the grant
     * is approved); none once it has ended.
     */
    List<String> activeActivities(String processInstanceId);

    /** The model a lifecycle is in now, with the steps it waits in and the steps it has passed. */
    DiagramView diagram(String processInstanceId);

    /** The country's open tasks past their due date: all, report submissions, the user's own. */
    OverdueCounts overdue();

    /**
     * The open tasks of a proposal in the country, whoever holds them: for telling their people of
     * a deadline. Not the signed-in user's view; callers decide who hears of them.
     */
    List<OpenTask> openTasks(long proposalId);

    /** The country's open tasks due before {@code limit}, whoever holds them: for reminders. */
    List<OpenTask> dueBefore(Instant limit);

    /**
     * How many open tasks of these kinds each of these users holds in the country, whoever asks:
     * for sharing work out. A user who holds none is counted 0.
     */
    Map<String, Long> openTaskCounts(Collection<String> assignees, Collection<String> taskKeys);

    /**
     * Gives an open task of the country to a user, whoever held it: for assigning work. Not the
     * signed-in user's action on their own task; callers decide who may.
     */
    void handOver(String taskId, String assignee);
}
