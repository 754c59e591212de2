package org.m4d.grants.tenancy.application;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.m4d.grants.review.domain.Criterion;

/**
 * What a tenant administrator enters: the timers in whole days and a whole-percentage weight per
 * criterion. Ranges and sums are the domain's rules ({@code TimerSettings}, {@code CriteriaWeights}).
 */
public record SettingsInput(Integer screeningReminder, Integer reviewPeriod, Integer reviewEscalation,
                            Integer reportPeriod, Integer reportEscalation,
                            @NotNull Map<Criterion, Integer> weights) {
}
