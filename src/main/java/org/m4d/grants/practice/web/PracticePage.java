package org.m4d.grants.practice.web;

import org.m4d.grants.programme.application.ProgrammeCatalogue;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.practice.application.ConsentInput;
import org.m4d.grants.practice.application.PracticeLibrary;
import org.m4d.grants.practice.application.PracticeView;
import org.m4d.grants.proposal.domain.Sector;

/**
 * Backs {@code app/practice.xhtml?id=42}: one practice, for every country once published; its
 * applicant publishes it here or withdraws it.
 */
@Named
@ViewScoped
public class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeLibrary library;

    @Inject
    transient Access access;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    @Inject
    transient ProgrammeCatalogue programme;

    private Long id;
    private transient PracticeView view;
    private transient java.util.Map<Integer, String> outcomeLabels;

    /** Before rendering: a practice the user may not read does not exist for them (404). */
    public void load() {
        if (id == null) {
            Pages.sendError(faces, 404);
            return;
        }
        view = library.read(id);
    }

    public void publish() {
        decide(true, "practice.published");
    }

    public void withdraw() {
        decide(false, "practice.withdrawn");
    }

    private void decide(boolean publish, String confirmation) {
        String country = getView().country();
        try (TenantContext.Scope in = access.enter(country)) {
            library.decideConsent(id, new ConsentInput(publish));
        }
        Pages.redirect(faces, "/app/practice.xhtml?id=" + id, formats.message(confirmation));
    }

    /** An outcome of the practice with its number and title(s) from the catalogue. */
    public String outcomeLabel(Integer number) {
        if (outcomeLabels == null) {
            outcomeLabels = OutcomeLabels.of(programme);
        }
        return OutcomeLabels.label(outcomeLabels, number);
    }

    public PracticeView getView() {
        if (view == null && id != null && !faces.getResponseComplete()) {
            load();
        }
        return view;
    }

    /** The practice's sector, to be labelled; null for a sector the programme no longer has. */
    public Sector getSector() {
        String name = getView().practice().sector();
        return Arrays.stream(Sector.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
