package org.m4d.grants.notification.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;

/** A user's deliveries as they choose them: a kind left out goes back to its default. */
public record PreferencesInput(
        @NotNull(message = "{m4d.preferences.required}")
        @Size(max = 50, message = "{m4d.preferences.size}")
        @Valid
        List<@NotNull(message = "{m4d.preferences.required}") @Valid Choice> preferences) {

    /** How to hear of one kind. */
    public record Choice(
            @NotNull(message = "{m4d.preferences.kind}") NotificationKind kind,
            @NotNull(message = "{m4d.preferences.mode}") DeliveryMode mode) {
    }
}
