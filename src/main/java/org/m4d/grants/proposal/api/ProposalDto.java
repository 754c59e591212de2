package org.m4d.grants.proposal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.domain.Proposal;

/** A proposal as the API shows it, with its history and, once approved, its grant and ledger. */
public record ProposalDto(long id, String tenant, String title, String sector, String leadActor,
                          BigDecimal requestedAmount, String currency, BigDecimal requestedUsd, BigDecimal usdRate,
                          int reviewRound, String state, String createdBy, Instant createdAt,
                          Instant submittedAt, List<String> waitingIn, List<HistoryDto> history, GrantDto grant) {

    public record HistoryDto(Instant at, String actor, String action, String from, String to, String detail) {
    }

    public record DisbursementDto(BigDecimal amount, LocalDate date, String reference, String recordedBy,
                                  Instant recordedAt) {
    }

    public record GrantDto(BigDecimal approvedAmount, String currency, String approvedBy, Instant approvedAt,
                           BigDecimal disbursed, BigDecimal remaining, List<DisbursementDto> disbursements) {
    }

    static ProposalDto summary(Proposal p) {
        return new ProposalDto(p.id(), p.tenantId(), p.title(), p.sector().name(), p.leadActor().name(),
                p.requestedAmount().amount(), p.requestedAmount().currency(), p.requestedUsd(), p.usdRate(),
                p.reviewRound(), p.state().name(), p.createdBy(), p.createdAt(), p.submittedAt(), null, null, null);
    }

    static ProposalDto of(ProposalDetails details, GrantView grant) {
        Proposal p = details.proposal();
        return new ProposalDto(p.id(), p.tenantId(), p.title(), p.sector().name(), p.leadActor().name(),
                p.requestedAmount().amount(), p.requestedAmount().currency(), p.requestedUsd(), p.usdRate(),
                p.reviewRound(), p.state().name(), p.createdBy(), p.createdAt(), p.submittedAt(),
                details.activeSteps(),
                details.history().stream().map(h -> new HistoryDto(h.occurredAt(), h.actor(), h.action(),
                        h.fromState(), h.toState(), h.detail())).toList(),
                grant == null ? null : new GrantDto(grant.agreement().approved().amount(),
                        grant.agreement().approved().currency(), grant.agreement().approvedBy(),
                        grant.agreement().approvedAt(), grant.disbursed().amount(), grant.remaining().amount(),
                        grant.ledger().stream().map(d -> new DisbursementDto(d.amount().amount(), d.disbursedOn(),
                                d.reference(), d.recordedBy(), d.recordedAt())).toList()));
    }
}
