package org.m4d.grants.assurance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.m4d.grants.assurance.application.AssuranceTasks;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;

/** Backs the assurance task fragments: what the task is about, read once per request. */
@Named
@RequestScoped
public class AssuranceTask {

    @Inject
    AssuranceTasks tasks;

    private AssuranceActivity activity;
    private Finding finding;

    public AssuranceActivity activity(String taskId) {
        if (activity == null) {
            activity = tasks.activity(taskId);
        }
        return activity;
    }

    public Finding finding(String taskId) {
        if (finding == null) {
            finding = tasks.finding(taskId);
        }
        return finding;
    }
}
