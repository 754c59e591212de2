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
        @Size(max = 20, message = "At most 20 SDG targets")
        Set<String> sdgTargets,
        @Size(max = 23, message = "The Global Compact for Migration has 23 objectives")
        Set<Integer> gcmObjectives,
        @Min(value = 0, message = "The gender marker is 0, 1 or 2") @Max(value = 2, message = "The gender marker is 0, 1 or 2")
        Integer genderMarker,
        Boolean covidRecovery,
        Set<PartnerType> partners,
        @Valid BeneficiariesInput beneficiaries,
        @Valid @Size(max = 50, message = "At most 50 budget lines") List<BudgetLineInput> budgetLines,
        @DecimalMin(value = "0", message = "Co-financing cannot be negative")
        @Digits(integer = 15, fraction = 3, message = "Co-financing is too large or has too many decimals")
        BigDecimal coFinancing,
        LocalDate startDate,
        LocalDate endDate,
        @Valid @Size(max = 30, message = "At most 30 indicators") List<IndicatorInput> indicators) {

    /** Beneficiaries by group and sex. */
    public record BeneficiariesInput(
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer migrantsWomen,
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer migrantsMen,
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer familiesWomen,
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer familiesMen,
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer hostWomen,
            @PositiveOrZero(message = "Beneficiaries cannot be negative") Integer hostMen) {
    }

    /** One budget line. */
    public record BudgetLineInput(
            @NotBlank(message = "Describe the budget line") @Size(max = 300, message = "At most 300 characters") String description,
            @NotNull(message = "Enter the amount of the budget line")
            @DecimalMin(value = "0", inclusive = false, message = "A budget line is more than zero")
            @Digits(integer = 15, fraction = 3, message = "The amount is too large or has too many decimals") BigDecimal amount) {
    }

    /** One indicator of the results framework. */
    public record IndicatorInput(
            @NotBlank(message = "Name the indicator") @Size(max = 300, message = "At most 300 characters") String name,
            @Size(max = 50, message = "At most 50 characters") String unit,
            BigDecimal baseline,
            @NotNull(message = "Give the indicator a target") BigDecimal target) {
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
                        .map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.target())).toList());
    }
}
