package org.m4d.grants.operations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.operations.application.IncidentAdministration;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.workflow.domain.FailedJob;

/**
 * Backs {@code app/admin/incidents.xhtml}: the failed jobs and incidents of the country the user
 * works in (its administrator, pmu), or of every country when pmu chose *All countries*, each with
 * its error, and Retry and Resolve. Others get 403, as the service refuses them; a refused action
 * is shown on the page by {@code FailedActions}.
 */
@Named
@RequestScoped
public class IncidentsPage {

    @Inject
    IncidentAdministration incidents;

    @Inject
    TenantSwitcher tenant;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private List<FailedJob> jobs;

    /** Before rendering: the list, once per request (again after an action). */
    public void load() {
        if (jobs == null) {
            jobs = tenant.isAll() ? incidents.all() : incidents.country(tenant.getCurrent());
        }
    }

    public void retry(String country, String id) {
        FailedJob job = incidents.retry(country, id);
        jobs = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message("incidents.retried", job.activity()), null));
    }

    public void resolve(String country, String id) {
        FailedJob job = incidents.resolve(country, id);
        jobs = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message("incidents.resolved", job.activity()), null));
    }

    /** Also read when a posted Retry or Resolve is decoded, before {@link #load()}; the action checks access itself. */
    public List<FailedJob> getJobs() {
        if (jobs == null) {
            try {
                load();
            } catch (RuntimeException e) {
                // while a posted action is decoded: the action checks access itself, and load() before rendering
                // runs again and answers the failure (403, 404, 503), so nothing is remembered here
                return List.of();
            }
        }
        return jobs;
    }

    public long getIncidentCount() {
        return getJobs().stream().filter(j -> j.kind() == FailedJob.Kind.INCIDENT).count();
    }
}
