package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Directory.Recipient;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.TaskDeadline;
import org.m4d.grants.workflow.application.TaskNotice;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Tells people of tasks: a new one for them or their group (an applicant's reporting task: its
 * creator and co-applicants, {@link Recipients#ofTask}), one handed to them, one overdue or
 * escalated (the timers), and records in the proposal's history what was sent to whom for the
 * deadlines. Runs in the transaction and tenant context of the step that caused it.
 */
@ApplicationScoped
public class TaskNotices {

    static final String SYSTEM = "system";

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    ProposalRepository proposals;

    @Inject
    Workflow workflow;

    @Inject
    AuditTrail audit;

    void taskChanged(@Observes TaskNotice notice) {
        OpenTask task = notice.task();
        NotificationKind kind = notice.kind() == TaskNotice.Kind.ASSIGNED ? NotificationKind.TASK_ASSIGNED : created(task.key());
        if (kind == null) {
            return;
        }
        Proposal proposal = proposal(task.proposalId());
        List<Recipient> to = notice.kind() == TaskNotice.Kind.ASSIGNED ? recipients.user(task.assignee())
                : recipients.ofTask(notice.tenantId(), task, proposal);
        List<String> told = notifier.tell(notice(kind, notice.tenantId(), task, proposal), to, recipients.actor());
        if (kind == NotificationKind.TASK_ESCALATED) {
            record(proposal, "TASK_ESCALATED", told, "Escalation sent to", task);
        }
    }

    void deadlinePassed(@Observes TaskDeadline deadline) {
        Proposal proposal = proposal(deadline.proposalId());
        for (OpenTask task : workflow.openTasks(deadline.proposalId())) {
            if (!task.key().equals(deadline.taskKey())) {
                continue;
            }
            if (deadline.stage() == TaskDeadline.Stage.OVERDUE) {
                List<String> told = notifier.tell(notice(NotificationKind.TASK_OVERDUE, deadline.tenantId(), task,
                        proposal), recipients.ofTask(deadline.tenantId(), task, proposal), null);
                record(proposal, overdueAction(task.key()), told, "Reminder sent to", task);
            } else {
                List<String> told = notifier.tell(notice(NotificationKind.TASK_ESCALATED, deadline.tenantId(), task,
                        proposal), recipients.escalation(deadline.tenantId(), task), null);
                record(proposal, "TASK_ESCALATED", told, "Escalation sent to", task);
            }
        }
    }

    /**
     * What a new task is news of: a report due for the applicant, an escalation for the overdue
     * steps the timers create, nothing for a revision (the decision that asked for it is the news).
     */
    static NotificationKind created(String taskKey) {
        return switch (taskKey) {
            case GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.SUBMIT_FINAL_REPORT -> NotificationKind.REPORT_DUE;
            case GrantLifecycle.HANDLE_OVERDUE_REVIEW, GrantLifecycle.FOLLOW_UP_OVERDUE_REPORT -> NotificationKind.TASK_ESCALATED;
            case GrantLifecycle.REVISE_PROPOSAL -> null;
            default -> NotificationKind.TASK_NEW;
        };
    }

    /** The history's names for the lifecycle's first timers, kept; {@code TASK_OVERDUE} for the others. */
    static String overdueAction(String taskKey) {
        return switch (taskKey) {
            case GrantLifecycle.SCREEN_ELIGIBILITY -> "SCREENING_OVERDUE";
            case GrantLifecycle.DECLARE_CONFLICT, GrantLifecycle.SCORE_PROPOSAL -> "REVIEW_OVERDUE";
            case GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.SUBMIT_FINAL_REPORT -> "REPORT_OVERDUE";
            default -> "TASK_OVERDUE";
        };
    }

    private void record(Proposal proposal, String action, List<String> told, String sent, OpenTask task) {
        String detail = !notifier.enabled() ? "Notifications are off: " + task.name() + " overdue"
                : told.isEmpty() ? "No one to tell: " + task.name() + " overdue"
                : sent + " " + Recipients.names(told) + ": " + task.name() + " overdue";
        audit.record(SYSTEM, action, ProposalService.SUBJECT, proposal.id(), proposal.state(), proposal.state(), detail);
    }

    private static Notice notice(NotificationKind kind, String tenant, OpenTask task, Proposal proposal) {
        return new Notice(kind, tenant, proposal.id(), task.id(), task.key(), proposal.title(), task.name(), task.due(),
                null, Notice.taskLink(tenant, task.id()));
    }

    private Proposal proposal(long id) {
        return proposals.find(id).orElseThrow(() -> new IllegalStateException("No proposal " + id + " in this country"));
    }
}
