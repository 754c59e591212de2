package org.m4d.grants.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.m4d.grants.programme.domain.SectionKey;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.programme.application.CallInput;
import org.m4d.grants.programme.application.CallService;
import org.m4d.grants.programme.application.PhaseService;
import org.m4d.grants.programme.application.PhaseView;
import org.m4d.grants.reporting.application.CallFigures;
import org.m4d.grants.reporting.application.CallQueries;

/**
 * Backs {@code app/calls.xhtml} (ADR 31): the calls of the countries in scope with each country's
 * envelope, requested, approved and disbursed in US dollars (the calls open today for the members
 * who read only those), and, for pmu and coordinators, the form that opens a call with an envelope
 * for each country it covers (a blank envelope leaves the country out).
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A country the call may cover, with the envelope typed for it. */
    public static class EnvelopeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private BigDecimal amount;

        EnvelopeRow(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /**
     * A section the call may ask (ADR 34): one of the programme's library (its question shown in the
     * user's language, the library's text kept) or a free one with its question in the three languages.
     */
    public static class SectionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SectionKey key;
        private final String label;
        private boolean ask;
        private boolean required;
        private boolean shortForm;
        private Integer wordLimit;
        private String questionEn;
        private String questionFr;
        private String questionEs;

        SectionRow(SectionKey key, String label, boolean ask, boolean required, boolean shortForm, Integer wordLimit) {
            this.key = key;
            this.label = label;
            this.ask = ask;
            this.required = required;
            this.shortForm = shortForm;
            this.wordLimit = wordLimit;
        }

        CallInput.Section input() {
            return new CallInput.Section(key, questionEn, questionFr, questionEs, null, null, null, required,
                    wordLimit, shortForm);
        }

        public boolean isLibrary() {
            return key != null;
        }

        public String getLabel() {
            return label;
        }

        public boolean isAsk() {
            return ask;
        }

        public void setAsk(boolean ask) {
            this.ask = ask;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isShortForm() {
            return shortForm;
        }

        public void setShortForm(boolean shortForm) {
            this.shortForm = shortForm;
        }

        public Integer getWordLimit() {
            return wordLimit;
        }

        public void setWordLimit(Integer wordLimit) {
            this.wordLimit = wordLimit;
        }

        public String getQuestionEn() {
            return questionEn;
        }

        public void setQuestionEn(String questionEn) {
            this.questionEn = questionEn;
        }

        public String getQuestionFr() {
            return questionFr;
        }

        public void setQuestionFr(String questionFr) {
            this.questionFr = questionFr;
        }

        public String getQuestionEs() {
            return questionEs;
        }

        public void setQuestionEs(String questionEs) {
            this.questionEs = questionEs;
        }
    }

    /** Free sections the form offers besides the library. */
    static final int FREE_ROWS = 3;

    @Inject
    transient CallQueries queries;

    @Inject
    transient CallService calls;

    @Inject
    transient PhaseService phases;

    @Inject
    transient Countries countries;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Access access;

    @Inject
    TenantSwitcher tenant;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private transient List<CallFigures> rows;
    private String phaseId;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<EnvelopeRow> envelopes;
    private List<SectionRow> sections;
    private BigDecimal shortFormUnderUsd;
    private Integer filesRequired;
    private Integer filesRequiredShort;

    /**
     * The sections the call may ask: the library's, asked by default with the summary required and
     * the summary, the initiative and the plan in the short form, then free ones, not asked until ticked.
     */
    public List<SectionRow> getSections() {
        if (sections == null) {
            sections = new ArrayList<>();
            Set<SectionKey> inShort = EnumSet.of(SectionKey.SUMMARY, SectionKey.INITIATIVE, SectionKey.SCALE_UP);
            for (SectionKey key : SectionKey.values()) {
                sections.add(new SectionRow(key, formats.message(key.questionKey()), true, key == SectionKey.SUMMARY,
                        inShort.contains(key), key == SectionKey.SUMMARY ? 300 : 1000));
            }
            for (int i = 0; i < FREE_ROWS; i++) {
                sections.add(new SectionRow(null, null, false, false, false, 300));
            }
        }
        return sections;
    }

    public List<CallFigures> getRows() {
        if (rows == null) {
            rows = queries.figures(tenant.getScope());
        }
        return rows;
    }

    /** Whether the rows name their country (several countries in scope). */
    public boolean isSeveralCountries() {
        return tenant.getScope().size() > 1;
    }

    /** Whether the user may open a call: pmu, or a coordinator of the country. */
    public boolean isOpens() {
        return user.hasRole(null, Role.PMU) || user.hasRole(tenant.getCurrent(), Role.COORDINATOR);
    }

    public List<PhaseView> getPhases() {
        return phases.list();
    }

    /** The countries the user may open a call for: every country for pmu, the current one for a coordinator. */
    public List<EnvelopeRow> getEnvelopes() {
        if (envelopes == null) {
            envelopes = new ArrayList<>();
            for (Countries.Country country : countries.all()) {
                if (user.hasRole(null, Role.PMU) || country.code().equals(tenant.getCurrent())) {
                    envelopes.add(new EnvelopeRow(country.code(), country.name()));
                }
            }
        }
        return envelopes;
    }

    /** A dollar figure, or a dash where the call sets no envelope. */
    public String usd(BigDecimal amount) {
        return amount == null ? "—" : formats.amount(amount, "USD") + " USD";
    }

    /** Opens the call, in the first country it covers; a refusal keeps the form as typed. */
    public void open() {
        List<CallInput.Envelope> covered = getEnvelopes().stream().filter(e -> e.amount != null)
                .map(e -> new CallInput.Envelope(e.code, e.amount)).toList();
        if (covered.isEmpty()) {
            Pages.error(faces, formats.message("error.call.noCountry"));
            return;
        }
        try (TenantContext.Scope in = access.enter(covered.get(0).country())) {
            List<CallInput.Section> asked = getSections().stream().filter(SectionRow::isAsk).map(SectionRow::input)
                    .toList();
            calls.open(new CallInput(phaseId, title, opensOn, closesOn, covered, asked, shortFormUnderUsd, filesRequired,
                    filesRequiredShort));
        }
        Pages.redirect(faces, "/app/calls.xhtml", formats.message("calls.opened", title));
    }

    public BigDecimal getShortFormUnderUsd() {
        return shortFormUnderUsd;
    }

    public void setShortFormUnderUsd(BigDecimal shortFormUnderUsd) {
        this.shortFormUnderUsd = shortFormUnderUsd;
    }

    public Integer getFilesRequired() {
        return filesRequired;
    }

    public void setFilesRequired(Integer filesRequired) {
        this.filesRequired = filesRequired;
    }

    public Integer getFilesRequiredShort() {
        return filesRequiredShort;
    }

    public void setFilesRequiredShort(Integer filesRequiredShort) {
        this.filesRequiredShort = filesRequiredShort;
    }

    public String getPhaseId() {
        return phaseId;
    }

    public void setPhaseId(String phaseId) {
        this.phaseId = phaseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
