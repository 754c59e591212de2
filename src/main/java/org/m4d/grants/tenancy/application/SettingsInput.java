package org.m4d.grants.tenancy.application;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.m4d.grants.tenancy.domain.Timer;

/**
 * What a tenant administrator enters: the timers and the reminder lead in whole days, the
 * country's time zone (IANA id) and a whole-percentage weight per criterion name. Ranges and sums
 * are the rules of {@code TimerSettings} and {@link ReviewWeightRules}.
 */
public record SettingsInput(@NotNull Map<Timer, Integer> timers, Integer reminderLead, String timeZone,
                            @NotNull Map<String, Integer> weights) {
}
