package org.m4d.grants.shell.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.grant.api.GrantResource.GrantDto;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.proposal.api.PlaceDto;
import org.m4d.grants.proposal.application.ProposalDetails;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * A proposal as the API shows it, with its history and, once approved, its grant and ledger; the
 * implementing partner it is made for (the summary of a list names only its id); the places of its
 * scale-up (not in the summary of a list).
 */
public record ProposalDto(long id, String tenant, String title, String sector, String leadActor,
                          BigDecimal requestedAmount, String currency, BigDecimal requestedUsd, BigDecimal usdRate,
                          int reviewRound, String state, String withdrawalReason, String createdBy, Instant createdAt,
                          Instant submittedAt, ProfileDto profile, List<String> waitingIn, List<HistoryDto> history,
                          GrantDto grant, Long partnerId, String partnerName, Long callId,
                          List<PlaceDto> places) {

    public record BudgetLineDto(String description, BigDecimal amount) {
    }

    /** An indicator with the phase, outcome and programme indicator it counts towards (null where unlinked). */
    public record IndicatorDto(String name, String unit, BigDecimal baseline, BigDecimal target, String phaseId,
                               Integer outcome, Long programmeIndicatorId) {
    }

    /** The proposal's profile: level, outcomes, markers, partners, beneficiaries, budget and results. */
    public record ProfileDto(String level, Set<Integer> outcomes, Set<String> interventionAreas, Set<String> sdgTargets,
                             Set<Integer> gcmObjectives, Integer genderMarker, boolean covidRecovery,
                             Set<String> partners, Beneficiaries beneficiaries, List<BudgetLineDto> budgetLines,
                             BigDecimal coFinancing, LocalDate startDate, LocalDate endDate,
                             List<IndicatorDto> indicators) {
        static ProfileDto of(ProposalProfile p) {
            return new ProfileDto(p.level() == null ? null : p.level().name(), p.outcomes(),
                    p.interventionAreas().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                    p.sdgTargets(), p.gcmObjectives(), p.genderMarker(), p.covidRecovery(),
                    p.partners().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                    p.beneficiaries(),
                    p.budgetLines().stream().map(l -> new BudgetLineDto(l.description(), l.amount())).toList(),
                    p.coFinancing(), p.startDate(), p.endDate(),
                    p.indicators().stream().map(i -> new IndicatorDto(i.name(), i.unit(), i.baseline(), i.target(),
                                    i.phaseId(), i.outcome(), i.programmeIndicatorId()))
                            .toList());
        }
    }

    public record HistoryDto(Instant at, String actor, String action, String from, String to, String detail) {
    }

    static ProposalDto summary(Proposal p) {
        return new ProposalDto(p.id(), p.tenantId(), p.title(), p.sector().name(), p.leadActor().name(),
                p.requestedAmount().amount(), p.requestedAmount().currency(), p.requestedUsd(), p.usdRate(),
                p.reviewRound(), p.state().name(), p.withdrawalReason(), p.createdBy(), p.createdAt(), p.submittedAt(), null,
                null, null, null, p.partnerId(), null, p.callId(), null);
    }

    static ProposalDto of(ProposalDetails details, GrantView grant, String partnerName) {
        Proposal p = details.proposal();
        return new ProposalDto(p.id(), p.tenantId(), p.title(), p.sector().name(), p.leadActor().name(),
                p.requestedAmount().amount(), p.requestedAmount().currency(), p.requestedUsd(), p.usdRate(),
                p.reviewRound(), p.state().name(), p.withdrawalReason(), p.createdBy(), p.createdAt(), p.submittedAt(),
                ProfileDto.of(p.profile()), details.activeSteps(),
                details.history().stream().map(h -> new HistoryDto(h.occurredAt(), h.actor(), h.action(),
                        h.fromState(), h.toState(), h.detail())).toList(),
                grant == null ? null : GrantDto.of(grant), p.partnerId(), partnerName, p.callId(), places(p));
    }

    private static List<PlaceDto> places(Proposal p) {
        return p.places().stream().map(PlaceDto::of).toList();
    }
}
