package org.m4d.grants.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.review.domain.Criterion;
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
    private final Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);

    /** Before rendering: only the country's administrator gets the page (403, or 404 for another country). */
    public void load() {
        try {
            current = service.settings();
        } catch (RuntimeException e) {
            Pages.show(faces, e);
            return;
        }
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
        try {
            service.save(new SettingsInput(screeningReminder, reviewPeriod, reviewEscalation,
                    reportPeriod, reportEscalation, new EnumMap<>(weights)));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    formats.message("admin.settings.saved"), null));
        } catch (RuntimeException e) {
            keepInput = true;
            Pages.show(faces, e);
        }
    }

    public List<Criterion> getCriteria() {
        return List.of(Criterion.values());
    }

    /** The sum of the weights as entered, shown next to them. */
    public int getWeightTotal() {
        return weights.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public SettingsView getCurrent() {
        return current;
    }

    public Map<Criterion, Integer> getWeights() {
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
