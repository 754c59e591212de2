package org.m4d.grants.notification.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.m4d.grants.identity.application.OwnAbsence;
import java.util.Arrays;
import java.util.List;
import org.m4d.grants.identity.web.Language;
import org.m4d.grants.notification.application.MyPreferences;
import org.m4d.grants.notification.application.PreferencesInput;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.platform.web.Formats;

/**
 * Backs {@code app/preferences.xhtml}: the signed-in user's address (read-only: administrators set
 * it), the language of their pages and mails, and per kind of notification: at once, in the daily
 * digest, or not at all.
 */
@Named
@ViewScoped
public class PreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind and the delivery chosen for it on the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final NotificationKind kind;
        private DeliveryMode mode;

        Row(NotificationKind kind, DeliveryMode mode) {
            this.kind = kind;
            this.mode = mode;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public DeliveryMode getMode() {
            return mode;
        }

        public void setMode(DeliveryMode mode) {
            this.mode = mode;
        }
    }

    @Inject
    transient MyPreferences preferences;

    @Inject
    Language language;

    @Inject
    transient OwnAbsence absence;

    @Inject
    Formats formats;

    private List<Row> rows;
    private String email;
    private String languageCode;
    private LocalDate awayFrom;
    private LocalDate awayTo;

    /** Before the first rendering: what is stored; after a refused save the form keeps what was entered. */
    public void load() {
        if (rows == null) {
            rows = preferences.mine().stream().map(c -> new Row(c.kind(), c.mode())).toList();
            email = preferences.address().orElse(null);
            languageCode = language.getCode();
            OwnAbsence.Period away = absence.period();
            awayFrom = away.from();
            awayTo = away.to();
        }
    }

    /** Keeps the period away (both days included): a reviewer is given no review meanwhile. */
    public void saveAway() {
        absence.change(awayFrom, awayTo);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message(awayFrom == null ? "preferences.awayCleared" : "preferences.awaySaved"), null));
    }

    public void clearAway() {
        awayFrom = null;
        awayTo = null;
        saveAway();
    }

    public LocalDate getAwayFrom() {
        return awayFrom;
    }

    public void setAwayFrom(LocalDate awayFrom) {
        this.awayFrom = awayFrom;
    }

    public LocalDate getAwayTo() {
        return awayTo;
    }

    public void setAwayTo(LocalDate awayTo) {
        this.awayTo = awayTo;
    }

    public void save() {
        preferences.choose(new PreferencesInput(rows.stream()
                .map(r -> new PreferencesInput.Choice(r.getKind(), r.getMode())).toList()));
        language.setCode(languageCode);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message("preferences.saved"), null));
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<DeliveryMode> getModes() {
        return Arrays.asList(DeliveryMode.values());
    }

    public String getEmail() {
        return email;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }
}
