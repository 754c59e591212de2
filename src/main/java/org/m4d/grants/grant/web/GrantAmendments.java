package org.m4d.grants.grant.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.m4d.grants.grant.application.AmendmentRequest;
import org.m4d.grants.grant.application.AmendmentService;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.domain.AgreementLine;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentKind;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * Backs the amendments part of the proposal page: the agreement's versions, each amendment with
 * the terms before and after it, and the form the applicant or a coordinator asks for one with.
 */
@Named
@ViewScoped
public class GrantAmendments implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One amendment as the page lists it. */
    public record Row(int number, AmendmentKind kind, Amendment.Status status, String requestedBy, String reason,
                      String before, String after, String decidedBy) {
    }

    /** A budget line of the form, with the amount it has now and the amount asked for. */
    public static class LineInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String description;
        private final BigDecimal current;
        private BigDecimal amount;

        LineInput(String description, BigDecimal current) {
            this.description = description;
            this.current = current;
            this.amount = current;
        }

        public String getDescription() {
            return description;
        }

        public BigDecimal getCurrent() {
            return current;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    @Inject
    transient AmendmentService amendments;

    @Inject
    transient GrantService grants;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Workflow workflow;

    @Inject
    transient Formats fmt;

    private Long id;
    private AmendmentKind kind = AmendmentKind.NO_COST_EXTENSION;
    private String reason;
    private LocalDate newEndDate;
    private BigDecimal newAmount;
    private List<LineInput> lines;
    private transient List<AgreementVersion> versions;
    private transient List<Amendment> list;
    private transient GrantAgreement grant;

    private void load() {
        if (grant == null && id != null) {
            grant = grants.ofProposal(id).map(g -> g.agreement()).orElse(null);
            if (grant != null) {
                versions = amendments.versions(id);
                list = amendments.list(id);
                if (lines == null) {
                    lines = new ArrayList<>(versions.get(versions.size() - 1).lines().stream()
                            .map(l -> new LineInput(l.description(), l.amount())).toList());
                }
            }
        }
    }

    /** The applicant who owns the grant or a coordinator, while the grant runs. */
    public boolean isRequestable() {
        load();
        return grant != null && grant.status() != GrantAgreement.Status.CLOSED
                && proposals.visibility(id).amendsGrant();
    }

    public List<AgreementVersion> getVersions() {
        load();
        return versions == null ? List.of() : versions;
    }

    public List<Row> getRows() {
        load();
        if (list == null) {
            return List.of();
        }
        AgreementVersion inForce = versions.get(versions.size() - 1);
        List<Row> rows = new ArrayList<>();
        for (Amendment a : list) {
            AgreementVersion made = versions.stream().filter(v -> Objects.equals(v.amendmentId(), a.id())).findFirst()
                    .orElse(null);
            String before;
            String after;
            if (made != null) {
                before = terms(a.kind(), versions.get(made.number() - 2));
                after = terms(a.kind(), made);
            } else {
                before = terms(a.kind(), inForce);
                after = asked(a);
            }
            rows.add(new Row(a.number(), a.kind(), a.status(), a.requestedBy(), a.reason(), before, after,
                    a.decidedBy()));
        }
        return rows;
    }

    /** The amendment a task of the amendment process is about, with the terms before and after it. */
    public Row forTask(TaskView task) {
        if (id == null) {
            id = task.proposalId();
        }
        int number = amendments.of(task.proposalId(), ((Number) workflow.variable(task.id(),
                GrantAmendment.VAR_AMENDMENT_ID)).longValue()).number();
        return getRows().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    /** Asks for the amendment the form describes; the kind decides which of its fields count. */
    public void request() {
        load();
        amendments.request(id, new AmendmentRequest(kind, reason,
                kind == AmendmentKind.NO_COST_EXTENSION ? newEndDate : null,
                kind == AmendmentKind.AMOUNT_CHANGE ? newAmount : null,
                kind == AmendmentKind.BUDGET_REVISION ? lines.stream()
                        .map(l -> new AmendmentRequest.Line(l.getDescription(), l.getAmount())).toList() : null));
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("amendment.done.requested"));
    }

    /** What the version says about what an amendment of this kind changes. */
    private String terms(AmendmentKind of, AgreementVersion version) {
        return switch (of) {
            case NO_COST_EXTENSION -> version.endDate() == null ? "" : fmt.date(version.endDate());
            case AMOUNT_CHANGE -> fmt.money(version.approved());
            case BUDGET_REVISION -> lines(version.lines(), version.approved().currency());
        };
    }

    private String asked(Amendment a) {
        return switch (a.kind()) {
            case NO_COST_EXTENSION -> fmt.date(a.newEndDate());
            case AMOUNT_CHANGE -> fmt.money(Money.of(a.newAmount(), grant.approved().currency()));
            case BUDGET_REVISION -> lines(a.lines(), grant.approved().currency());
        };
    }

    private String lines(List<AgreementLine> of, String currency) {
        return of.stream().map(l -> l.description() + ": " + fmt.money(Money.of(l.amount(), currency)))
                .collect(Collectors.joining("; "));
    }

    public AmendmentKind[] getKinds() {
        return AmendmentKind.values();
    }

    public String getCurrency() {
        load();
        return grant == null ? null : grant.approved().currency();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AmendmentKind getKind() {
        return kind;
    }

    public void setKind(AmendmentKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public void setNewAmount(BigDecimal newAmount) {
        this.newAmount = newAmount;
    }

    public List<LineInput> getLines() {
        load();
        return lines == null ? List.of() : lines;
    }
}
