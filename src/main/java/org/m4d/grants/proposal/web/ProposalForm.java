package org.m4d.grants.proposal.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.proposal.application.PlaceInput;
import org.m4d.grants.proposal.application.ProfileInput;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.proposal.domain.InterventionArea;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.PartnerType;
import org.m4d.grants.proposal.domain.Place;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.proposal.domain.Sector;

/** Every field of a proposal as the wizard edits it, turned into a {@link ProposalDraft} on saving. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the budget or the results framework while it is edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String unit;
        private BigDecimal baseline;
        private BigDecimal amount;
        private String link;

        /** The outcome ({@code O:2}) or programme indicator ({@code I:17}) the indicator counts towards; blank for none. */
        public String getLink() {
            return link;
        }

        public void setLink(String link) {
            this.link = link;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    private String title;
    private Sector sector;
    private LeadActor leadActor = LeadActor.NATIONAL_INSTITUTION;
    private Long partnerId;
    private Long callId;
    private Level level;
    private BigDecimal requestedAmount;
    private List<String> outcomes = new ArrayList<>();
    private List<InterventionArea> interventionAreas = new ArrayList<>();
    private String sdgTargets;
    private List<String> gcmObjectives = new ArrayList<>();
    private Integer genderMarker;
    private boolean covidRecovery;
    private List<PartnerType> partners = new ArrayList<>();
    private Integer migrantsWomen;
    private Integer migrantsMen;
    private Integer familiesWomen;
    private Integer familiesMen;
    private Integer hostWomen;
    private Integer hostMen;
    private BigDecimal coFinancing;
    private LocalDate startDate;
    private LocalDate endDate;
    private String places;
    private final List<Row> budgetLines = new ArrayList<>();
    private final List<Row> indicators = new ArrayList<>();

    /** The form filled in with a saved proposal. */
    static ProposalForm of(Proposal proposal) {
        ProposalForm form = new ProposalForm();
        form.title = proposal.title();
        form.sector = proposal.sector();
        form.leadActor = proposal.leadActor();
        form.partnerId = proposal.partnerId();
        form.callId = proposal.callId();
        form.requestedAmount = proposal.requestedAmount().amount();
        form.places = proposal.places().stream().map(Place::toString).collect(Collectors.joining("\n"));
        ProposalProfile p = proposal.profile();
        form.level = p.level();
        form.outcomes = p.outcomes().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        form.interventionAreas = new ArrayList<>(p.interventionAreas());
        form.sdgTargets = String.join(", ", p.sdgTargets());
        form.gcmObjectives = p.gcmObjectives().stream().map(String::valueOf)
                .collect(Collectors.toCollection(ArrayList::new));
        form.genderMarker = p.genderMarker();
        form.covidRecovery = p.covidRecovery();
        form.partners = new ArrayList<>(p.partners());
        Beneficiaries b = p.beneficiaries();
        if (b != null) {
            form.migrantsWomen = b.migrantsWomen();
            form.migrantsMen = b.migrantsMen();
            form.familiesWomen = b.familiesWomen();
            form.familiesMen = b.familiesMen();
            form.hostWomen = b.hostWomen();
            form.hostMen = b.hostMen();
        }
        form.coFinancing = p.coFinancing();
        form.startDate = p.startDate();
        form.endDate = p.endDate();
        p.budgetLines().forEach(line -> {
            Row row = new Row();
            row.name = line.description();
            row.amount = line.amount();
            form.budgetLines.add(row);
        });
        p.indicators().forEach(indicator -> {
            Row row = new Row();
            row.name = indicator.name();
            row.unit = indicator.unit();
            row.baseline = indicator.baseline();
            row.amount = indicator.target();
            row.link = indicator.programmeIndicatorId() != null ? "I:" + indicator.outcome() + ":" + indicator.programmeIndicatorId()
                    : indicator.outcome() != null ? "O:" + indicator.outcome() : null;
            form.indicators.add(row);
        });
        return form;
    }

    /** What the application layer validates and saves. */
    ProposalDraft draft() {
        ProfileInput profile = new ProfileInput(level,
                outcomes.stream().map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                Set.copyOf(interventionAreas), sdgTargets(),
                gcmObjectives.stream().map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                genderMarker, covidRecovery, Set.copyOf(partners),
                new ProfileInput.BeneficiariesInput(migrantsWomen, migrantsMen, familiesWomen, familiesMen,
                        hostWomen, hostMen),
                budgetLines.stream().filter(r -> !blank(r))
                        .map(r -> new ProfileInput.BudgetLineInput(r.name, r.amount)).toList(),
                coFinancing, startDate, endDate,
                indicators.stream().filter(r -> !blank(r))
                        .map(r -> new ProfileInput.IndicatorInput(r.name, r.unit, r.baseline, r.amount,
                                linkedOutcome(r.link), linkedIndicator(r.link))).toList());
        return new ProposalDraft(title, sector, leadActor, requestedAmount, profile, partnerId, callId, places());
    }

    /**
     * The places as entered, one a line, "Region / Municipality"; a line without its slash is a place
     * without a municipality, which the domain refuses with its message. Blank lines are skipped.
     */
    List<PlaceInput> places() {
        return places == null ? List.of() : places.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> {
                    int slash = line.indexOf('/');
                    return slash < 0 ? new PlaceInput(line, null)
                            : new PlaceInput(line.substring(0, slash), line.substring(slash + 1));
                }).toList();
    }

    private Set<String> sdgTargets() {
        return sdgTargets == null ? Set.of() : Arrays.stream(sdgTargets.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Integer linkedOutcome(String link) {
        return link == null || link.isBlank() ? null : Integer.valueOf(link.split(":")[1]);
    }

    private static Long linkedIndicator(String link) {
        return link == null || !link.startsWith("I:") ? null : Long.valueOf(link.split(":")[2]);
    }

    private static boolean blank(Row row) {
        return (row.name == null || row.name.isBlank()) && row.amount == null;
    }

    /** The sum of the budget lines entered so far, for the live check against the requested amount. */
    public BigDecimal getBudgetTotal() {
        return budgetLines.stream().map(Row::getAmount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void addBudgetLine() {
        budgetLines.add(new Row());
    }

    public void removeBudgetLine(Row row) {
        budgetLines.remove(row);
    }

    public void addIndicator() {
        indicators.add(new Row());
    }

    public void removeIndicator(Row row) {
        indicators.remove(row);
    }

    public List<Row> getBudgetLines() {
        return budgetLines;
    }

    public List<Row> getIndicators() {
        return indicators;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public LeadActor getLeadActor() {
        return leadActor;
    }

    public void setLeadActor(LeadActor leadActor) {
        this.leadActor = leadActor;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    /** The call the proposal is made for; none chosen is the standing call of the phase in force. */
    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes == null ? new ArrayList<>() : new ArrayList<>(outcomes);
    }

    public List<InterventionArea> getInterventionAreas() {
        return interventionAreas;
    }

    public void setInterventionAreas(List<InterventionArea> interventionAreas) {
        this.interventionAreas = interventionAreas == null ? new ArrayList<>() : new ArrayList<>(interventionAreas);
    }

    public String getSdgTargets() {
        return sdgTargets;
    }

    public void setSdgTargets(String sdgTargets) {
        this.sdgTargets = sdgTargets;
    }

    public List<String> getGcmObjectives() {
        return gcmObjectives;
    }

    public void setGcmObjectives(List<String> gcmObjectives) {
        this.gcmObjectives = gcmObjectives == null ? new ArrayList<>() : new ArrayList<>(gcmObjectives);
    }

    public Integer getGenderMarker() {
        return genderMarker;
    }

    public void setGenderMarker(Integer genderMarker) {
        this.genderMarker = genderMarker;
    }

    public boolean isCovidRecovery() {
        return covidRecovery;
    }

    public void setCovidRecovery(boolean covidRecovery) {
        this.covidRecovery = covidRecovery;
    }

    public List<PartnerType> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerType> partners) {
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
    }

    public Integer getMigrantsWomen() {
        return migrantsWomen;
    }

    public void setMigrantsWomen(Integer migrantsWomen) {
        this.migrantsWomen = migrantsWomen;
    }

    public Integer getMigrantsMen() {
        return migrantsMen;
    }

    public void setMigrantsMen(Integer migrantsMen) {
        this.migrantsMen = migrantsMen;
    }

    public Integer getFamiliesWomen() {
        return familiesWomen;
    }

    public void setFamiliesWomen(Integer familiesWomen) {
        this.familiesWomen = familiesWomen;
    }

    public Integer getFamiliesMen() {
        return familiesMen;
    }

    public void setFamiliesMen(Integer familiesMen) {
        this.familiesMen = familiesMen;
    }

    public Integer getHostWomen() {
        return hostWomen;
    }

    public void setHostWomen(Integer hostWomen) {
        this.hostWomen = hostWomen;
    }

    public Integer getHostMen() {
        return hostMen;
    }

    public void setHostMen(Integer hostMen) {
        this.hostMen = hostMen;
    }

    public BigDecimal getCoFinancing() {
        return coFinancing;
    }

    public void setCoFinancing(BigDecimal coFinancing) {
        this.coFinancing = coFinancing;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    /** The places of the scale-up, one a line: "Region / Municipality". */
    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }
}
