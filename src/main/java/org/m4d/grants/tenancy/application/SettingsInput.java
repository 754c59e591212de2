package org.m4d.grants.tenancy.application;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * What a tenant administrator enters: the timers in whole days and a whole-percentage weight per
 * criterion name. Ranges and sums are the rules of {@code TimerSettings} and {@link ReviewWeightRules}.
 */
public record SettingsInput(Integer screeningReminder, Integer reviewPeriod, Integer reviewEscalation,
                            Integer reportPeriod, Integer reportEscalation,
                            @NotNull Map<String, Integer> weights) {
}
