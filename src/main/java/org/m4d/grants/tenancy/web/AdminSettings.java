package org.m4d.grants.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.tenancy.application.ReviewWeightRules;
import org.m4d.grants.tenancy.application.SettingsInput;
import org.m4d.grants.tenancy.application.SettingsView;
import org.m4d.grants.tenancy.application.TenantSettingsService;

/**
 * Backs {@code app/admin/settings.xhtml}: the current country's timers (in days) and review
 * weights (in percent). Loaded before each rendering, except after a refused save, so that the
 * administrator can correct what they entered.
 */
@Named
@RequestScoped
public class AdminSettings {

    @Inject
    TenantSettingsService service;

    @Inject
    ReviewWeightRules weightRules;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private SettingsView current;
    private boolean keepInput;

    private Integer screeningReminder;
    private Integer reviewPeriod;
    private Integer reviewEscalation;
    private Integer reportPeriod;
    private Integer reportEscalation;
    private final Map<String, Integer> weights = new LinkedHashMap<>();

    /** Before rendering: only the country's administrator gets the page (403, or 404 for another country). */
    public void load() {
        current = service.settings();
        if (!keepInput) {
            screeningReminder = current.screeningReminderDays();
            reviewPeriod = current.reviewPeriodDays();
            reviewEscalation = current.reviewEscalationDays();
            reportPeriod = current.reportPeriodDays();
            reportEscalation = current.reportEscalationDays();
            weights.clear();
            weights.putAll(current.weights());
        }
    }

    public void save() {
        // a refused save renders the form as the user filled it in, not as it is stored
        keepInput = true;
        service.save(new SettingsInput(screeningReminder, reviewPeriod, reviewEscalation,
                reportPeriod, reportEscalation, new LinkedHashMap<>(weights)));
        keepInput = false;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message("admin.settings.saved"), null));
    }

    public List<String> getCriteria() {
        return weightRules.criteria();
    }

    /** The sum of the weights as entered, shown next to them. */
    public int getWeightTotal() {
        return weights.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public SettingsView getCurrent() {
        return current;
    }

    public Map<String, Integer> getWeights() {
        return weights;
    }

    public Integer getScreeningReminder() {
        return screeningReminder;
    }

    public void setScreeningReminder(Integer screeningReminder) {
        this.screeningReminder = screeningReminder;
    }

    public Integer getReviewPeriod() {
        return reviewPeriod;
    }

    public void setReviewPeriod(Integer reviewPeriod) {
        this.reviewPeriod = reviewPeriod;
    }

    public Integer getReviewEscalation() {
        return reviewEscalation;
    }

    public void setReviewEscalation(Integer reviewEscalation) {
        this.reviewEscalation = reviewEscalation;
    }

    public Integer getReportPeriod() {
        return reportPeriod;
    }

    public void setReportPeriod(Integer reportPeriod) {
        this.reportPeriod = reportPeriod;
    }

    public Integer getReportEscalation() {
        return reportEscalation;
    }

    public void setReportEscalation(Integer reportEscalation) {
        this.reportEscalation = reportEscalation;
    }
}
