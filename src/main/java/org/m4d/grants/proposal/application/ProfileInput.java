package org.m4d.grants.proposal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.proposal.domain.BudgetLine;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.InterventionArea;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.PartnerType;
import org.m4d.grants.proposal.domain.ProposalProfile;

/**
 * The profile of a proposal as an applicant enters it; amounts in the tenant's currency. The codes
 * inside the sets (outcomes, SDG targets, GCM objectives) are checked by the domain.
 */
public record ProfileInput(
        Level level,
        Set<Integer> outcomes,
        Set<InterventionArea> interventionAreas,
        @Size(max = 20, message = "{m4d.sdg.size}")
        Set<String> sdgTargets,
        @Size(max = 23, message = "{m4d.gcm.size}")
        Set<Integer> gcmObjectives,
        @Min(value = 0, message = "{m4d.genderMarker.range}") @Max(value = 2, message = "{m4d.genderMarker.range}")
        Integer genderMarker,
        Boolean covidRecovery,
        Set<PartnerType> partners,
        @Valid BeneficiariesInput beneficiaries,
        @Valid @Size(max = 50, message = "{m4d.budgetLines.size}") List<BudgetLineInput> budgetLines,
        @DecimalMin(value = "0", message = "{m4d.coFinancing.negative}")
        @Digits(integer = 15, fraction = 3, message = "{m4d.coFinancing.digits}")
        BigDecimal coFinancing,
        LocalDate startDate,
        LocalDate endDate,
        @Valid @Size(max = 30, message = "{m4d.indicators.size}") List<IndicatorInput> indicators) {

    /** Beneficiaries by group and sex. */
    public record BeneficiariesInput(
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer migrantsWomen,
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer migrantsMen,
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer familiesWomen,
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer familiesMen,
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer hostWomen,
            @PositiveOrZero(message = "{m4d.beneficiaries.negative}") Integer hostMen) {
    }

    /** One budget line. */
    public record BudgetLineInput(
            @NotBlank(message = "{m4d.budgetLine.descriptionRequired}") @Size(max = 300, message = "{m4d.text.size}") String description,
            @NotNull(message = "{m4d.budgetLine.amountRequired}")
            @DecimalMin(value = "0", inclusive = false, message = "{m4d.budgetLine.positive}")
            @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}") BigDecimal amount) {
    }

    /**
     * One indicator of the results framework; the outcome (of the proposal's phase) and the programme
     * indicator (of that outcome) it counts towards are optional.
     */
    public record IndicatorInput(
            @NotBlank(message = "{m4d.indicator.nameRequired}") @Size(max = 300, message = "{m4d.text.size}") String name,
            @Size(max = 50, message = "{m4d.text.size}") String unit,
            @Digits(integer = 15, fraction = 3, message = "{m4d.figure.digits}") BigDecimal baseline,
            @NotNull(message = "{m4d.target.required}")
            @Digits(integer = 15, fraction = 3, message = "{m4d.figure.digits}") BigDecimal target,
            Integer outcome,
            Long programmeIndicatorId) {
    }

    ProposalProfile toDomain() {
        BeneficiariesInput b = beneficiaries;
        return new ProposalProfile(level, outcomes, interventionAreas, sdgTargets, gcmObjectives, genderMarker,
                Boolean.TRUE.equals(covidRecovery), partners,
                b == null ? null : new Beneficiaries(b.migrantsWomen(), b.migrantsMen(), b.familiesWomen(),
                        b.familiesMen(), b.hostWomen(), b.hostMen()),
                budgetLines == null ? List.of() : budgetLines.stream()
                        .map(l -> new BudgetLine(l.description(), l.amount())).toList(),
                coFinancing, startDate, endDate,
                indicators == null ? List.of() : indicators.stream()
                        .map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.target(), i.outcome(),
                                i.programmeIndicatorId())).toList());
    }
}
