package org.m4d.grants.proposal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/** What an applicant enters to create or revise a proposal; the amount is in the tenant's currency. */
public record ProposalDraft(
        @NotBlank(message = "Enter a title")
        @Size(max = 300, message = "The title can have at most 300 characters")
        String title,
        @NotNull(message = "Choose a sector")
        Sector sector,
        @NotNull(message = "Choose who leads the initiative")
        LeadActor leadActor,
        @NotNull(message = "Enter the requested amount")
        @DecimalMin(value = "0", inclusive = false, message = "The requested amount must be more than zero")
        @Digits(integer = 15, fraction = 3, message = "The requested amount is too large or has too many decimals")
        BigDecimal requestedAmount,
        @Valid
        ProfileInput profile) {
}
