package org.m4d.grants.grant.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.m4d.grants.grant.domain.Modality;

/** The payload of the tranche plan: the modality and percentages of the approved amount, summing to 100. */
public record TranchePlanPayload(@NotNull(message = "{m4d.modality.required}") Modality modality,
                                 @NotEmpty(message = "Give the tranches as percentages, e.g. [40, 40, 20]")
                                 List<BigDecimal> percentages) {
}
