package org.m4d.grants.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.web.TenantSwitcher;

/** Which entries of the main menu the user's roles in the current country allow. */
@Named
@RequestScoped
public class Menu {

    @Inject
    CurrentUser user;

    @Inject
    TenantSwitcher tenant;

    /** Finance pages: finance staff, coordinators, and the global roles. */
    public boolean isFinance() {
        return user.global() || has(Role.FINANCE) || has(Role.COORDINATOR);
    }

    /** Implementing partners: those who manage or read them, and applicants, who choose one for a proposal. */
    public boolean isPartners() {
        return user.global() || has(Role.FINANCE) || has(Role.COORDINATOR) || has(Role.APPLICANT);
    }

    /** Dollar rates: finance of the current country and the global roles. */
    public boolean isRates() {
        return user.global() || has(Role.FINANCE);
    }

    /** Administration: the tenant administrator of the current country. */
    public boolean isAdmin() {
        return !tenant.isAll() && has(Role.TENANT_ADMIN);
    }

    /** The audit trail: the programme unit and the observer. */
    public boolean isAudit() {
        return user.global();
    }

    /** The consistency check: pmu (one or every country), and the administrator of the current country. */
    public boolean isConsistency() {
        return user.hasRole(null, Role.PMU) || isAdmin();
    }

    /** Failed jobs and incidents: the same users as the consistency check. */
    public boolean isIncidents() {
        return isConsistency();
    }

    /** The programme's phases, where pmu adds the next one. */
    public boolean isPhases() {
        return user.hasRole(null, Role.PMU);
    }

    private boolean has(Role role) {
        return user.hasRole(tenant.getCurrent(), role);
    }
}
