package org.m4d.grants.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.m4d.grants.notification.application.MyPreferences;
import org.m4d.grants.notification.application.PreferencesInput;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.platform.api.RequestTransaction;

/** How the caller hears of each kind of notification, and where their mail goes. */
@RequestTransaction
@Path("me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class MyPreferencesResource {

    /** One kind with the caller's delivery, and whether it is the kind's default. */
    public record PreferenceDto(NotificationKind kind, DeliveryMode mode, boolean byDefault) {
    }

    /** The caller's address (none when not set) and their delivery of every kind. */
    public record PreferencesDto(String email, List<PreferenceDto> preferences) {
    }

    @Inject
    MyPreferences preferences;

    @GET
    public PreferencesDto get() {
        return answer(preferences.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesDto put(PreferencesInput input) {
        return answer(preferences.choose(input));
    }

    private PreferencesDto answer(List<MyPreferences.Choice> choices) {
        return new PreferencesDto(preferences.address().orElse(null), choices.stream()
                .map(c -> new PreferenceDto(c.kind(), c.mode(), c.byDefault())).toList());
    }
}
