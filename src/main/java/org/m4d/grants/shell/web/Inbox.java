package org.m4d.grants.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.InboxFilter;
import org.m4d.grants.workflow.domain.ApplicantTasks;
import org.m4d.grants.workflow.domain.TaskView;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Backs {@code app/inbox.xhtml}: the user's tasks and their groups' tasks in the countries in view,
 * filtered by the query string (so a filtered inbox is a link), one page at a time without a count.
 */
@Named
@RequestScoped
public class Inbox {

    static final int PAGE = 25;

    @Inject
    Workflow workflow;

    @Inject
    TenantContext context;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    ProposalService proposals;

    private String key;
    private String due;
    private String followUp;
    private String sector;
    private String country;
    private String assigned;
    private String sort;
    private int page;

    private List<TaskView> tasks;
    private boolean more;
    private Map<String, Map<Long, String>> titles;

    public List<TaskView> getTasks() {
        if (tasks == null) {
            List<TaskView> found = workflow.inbox(filter(), page * PAGE, PAGE + 1);
            more = found.size() > PAGE;
            tasks = more ? found.subList(0, PAGE) : found;
            titles = tasks.stream().filter(t -> t.proposalId() != null)
                    .collect(Collectors.groupingBy(TaskView::tenant, Collectors.mapping(TaskView::proposalId,
                            Collectors.toSet())))
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> context.runIn(e.getKey(), () -> proposals.titles(e.getValue()))));
        }
        return tasks;
    }

    InboxFilter filter() {
        List<String> scope = tenant.getScope();
        List<String> tenants = country != null && scope.contains(country) ? List.of(country) : scope;
        String taskKey = key != null && GrantLifecycle.USER_TASKS.contains(key) ? key : null;
        String sectorName = Arrays.stream(Sector.values()).map(Enum::name).filter(n -> n.equals(sector))
                .findFirst().orElse(null);
        Boolean mine = "me".equals(assigned) ? Boolean.TRUE : "unclaimed".equals(assigned) ? Boolean.FALSE : null;
        return new InboxFilter(tenants, taskKey, mine, sectorName, due(), "due".equals(sort), followUpBefore());
    }

    /** Tasks whose follow-up date has come ({@code now}) or comes within the week ({@code week}). */
    private Instant followUpBefore() {
        Instant now = Instant.now();
        return "now".equals(followUp) ? now : "week".equals(followUp) ? now.plus(java.time.Duration.ofDays(7)) : null;
    }

    private InboxFilter.Due due() {
        return "overdue".equals(due) ? InboxFilter.Due.OVERDUE
                : "week".equals(due) ? InboxFilter.Due.THIS_WEEK : InboxFilter.Due.ANY;
    }

    /** The title of the proposal a task is about. */
    public String title(TaskView task) {
        getTasks();
        return titles.getOrDefault(task.tenant(), Map.of()).getOrDefault(task.proposalId(), "#" + task.proposalId());
    }

    public boolean overdue(TaskView task) {
        return task.due() != null && task.due().isBefore(Instant.now());
    }

    public boolean mine(TaskView task) {
        return Objects.equals(task.assignee(), faces.getExternalContext().getRemoteUser());
    }

    /**
     * Whether the user opens the task from the inbox: their own, or an applicant's reporting task
     * held by the creator of a proposal they are a co-applicant of (the inbox lists no other task
     * held by someone else; ADR 0035).
     */
    public boolean opens(TaskView task) {
        return mine(task) || task.assignee() != null && ApplicantTasks.KEYS.contains(task.key());
    }

    public boolean isMore() {
        getTasks();
        return more;
    }

    public void claim(TaskView task) {
        context.runIn(task.tenant(), () -> workflow.claim(task.id()));
        Pages.redirect(faces, "/app/task.xhtml?id=" + task.id(), null);
    }

    public void unclaim(TaskView task) {
        context.runIn(task.tenant(), () -> workflow.unclaim(task.id()));
        Pages.redirect(faces, "/app/inbox.xhtml" + query(page), null);
    }

    /** The query string of this inbox at another page. */
    public String query(int atPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("key", key);
        params.put("due", due);
        params.put("followUp", followUp);
        params.put("sector", sector);
        params.put("country", country);
        params.put("assigned", assigned);
        params.put("sort", sort);
        params.put("page", atPage > 0 ? Integer.toString(atPage) : null);
        return Pages.query(params);
    }

    public List<String> getTaskKeys() {
        return GrantLifecycle.USER_TASKS;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAssigned() {
        return assigned;
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** Boxed so that the page parameter goes through the bounded Integer converter of faces-config.xml. */
    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
    }
}
