package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.TaskReminders;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.tenancy.application.CountryTime;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Reminds the people of a country's open tasks due within the country's reminder lead, once per
 * task; tasks already past due are the overdue timers' business.
 */
@ApplicationScoped
public class DueSoonReminders {

    @Inject
    Workflow workflow;

    @Inject
    CountryTime time;

    @Inject
    TaskReminders reminders;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    ProposalRepository proposals;

    @Inject
    TenantContext context;

    /** One transaction per country; returns how many tasks were reminded of. */
    @Transactional
    public int remindIn(String tenant, Instant now) {
        if (!notifier.enabled()) {
            return 0;
        }
        return context.runIn(tenant, () -> {
            int reminded = 0;
            for (OpenTask task : workflow.dueBefore(now.plus(time.reminderLead(tenant)))) {
                if (task.due().isBefore(now) || !reminders.markFirst(task.id(), tenant, now)) {
                    continue;
                }
                Proposal proposal = proposals.find(task.proposalId()).orElseThrow(
                        () -> new IllegalStateException("No proposal " + task.proposalId() + " in this country"));
                notifier.tell(new Notice(NotificationKind.TASK_DUE_SOON, tenant, proposal.id(), task.id(), task.key(),
                        proposal.title(), task.name(), task.due(), null, Notice.taskLink(tenant, task.id())),
                        recipients.ofTask(tenant, task, proposal), null);
                reminded++;
            }
            return reminded;
        });
    }
}
