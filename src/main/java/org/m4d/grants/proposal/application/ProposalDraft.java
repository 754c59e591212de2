package org.m4d.grants.proposal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/**
 * What an applicant enters to create or revise a proposal; the amount is in the tenant's currency.
 * The partner is one of the country's implementing partners; none leaves the proposal's as it is.
 * The call is one open for the country (ADR 31); none leaves a draft's as it is and makes a new one
 * for the standing call of the phase in force. The places of the scale-up (docs/adr/0036), checked by
 * the domain, replace the proposal's; none leaves them as they are.
 */
public record ProposalDraft(
        @NotBlank(message = "{m4d.title.required}")
        @Size(max = 300, message = "{m4d.title.size}")
        String title,
        @NotNull(message = "{m4d.sector.required}")
        Sector sector,
        @NotNull(message = "{m4d.leadActor.required}")
        LeadActor leadActor,
        @NotNull(message = "{m4d.requestedAmount.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{m4d.requestedAmount.positive}")
        @Digits(integer = 15, fraction = 3, message = "{m4d.requestedAmount.digits}")
        BigDecimal requestedAmount,
        @Valid
        ProfileInput profile,
        Long partnerId,
        Long callId,
        List<PlaceInput> places) {
}
