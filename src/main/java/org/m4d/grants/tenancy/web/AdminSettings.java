package org.m4d.grants.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.tenancy.application.ReviewWeightRules;
import org.m4d.grants.tenancy.application.SettingsInput;
import org.m4d.grants.tenancy.application.SettingsView;
import org.m4d.grants.tenancy.application.TenantSettingsService;
import org.m4d.grants.tenancy.domain.Timer;

/**
 * Backs {@code app/admin/settings.xhtml}: the current country's time zone, timers and reminder lead (in days) and review
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

    private final Map<Timer, Integer> timers = new EnumMap<>(Timer.class);
    private Integer reminderLead;
    private String timeZone;
    private final Map<String, Integer> weights = new LinkedHashMap<>();

    /** Before rendering: only the country's administrator gets the page (403, or 404 for another country). */
    public void load() {
        current = service.settings();
        if (!keepInput) {
            for (Timer timer : Timer.values()) {
                timers.put(timer, current.days(timer));
            }
            reminderLead = current.reminderLeadDays();
            timeZone = current.timeZone();
            weights.clear();
            weights.putAll(current.weights());
        }
    }

    public void save() {
        // a refused save renders the form as the user filled it in, not as it is stored
        keepInput = true;
        service.save(new SettingsInput(new EnumMap<>(timers), reminderLead, timeZone, new LinkedHashMap<>(weights)));
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

    /** The timers in the form's order: the older steps first, then endorsement, approval, verification, release. */
    public List<Timer> getTimerList() {
        return List.of(Timer.values());
    }

    public Map<Timer, Integer> getTimers() {
        return timers;
    }

    public List<String> getZones() {
        return service.zones();
    }

    public Integer getReminderLead() {
        return reminderLead;
    }

    public void setReminderLead(Integer reminderLead) {
        this.reminderLead = reminderLead;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
