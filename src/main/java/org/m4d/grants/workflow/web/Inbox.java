package org.m4d.grants.workflow.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.TaskView;

/** Backs {@code app/inbox.xhtml}: the user's tasks and their groups' tasks in the current country. */
@Named
@RequestScoped
public class Inbox {

    @Inject
    Workflow workflow;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    ProposalService proposals;

    private List<TaskView> tasks;
    private Map<Long, String> titles;

    public List<TaskView> getTasks() {
        if (tasks == null) {
            tasks = workflow.inbox(tenant.getCurrent());
            titles = proposals.titles(tenant.getCurrent(),
                    tasks.stream().map(TaskView::proposalId).filter(Objects::nonNull).collect(Collectors.toSet()));
        }
        return tasks;
    }

    /** The title of the proposal a task is about. */
    public String title(Long proposalId) {
        getTasks();
        return titles.getOrDefault(proposalId, "#" + proposalId);
    }

    public void claim(String taskId) {
        try {
            workflow.claim(tenant.getCurrent(), taskId);
            Pages.redirect(faces, "/app/task.xhtml?id=" + taskId, null);
        } catch (RuntimeException e) {
            Pages.show(faces, e);
        }
    }

    public String time(Instant instant) {
        return Pages.time(instant);
    }
}
