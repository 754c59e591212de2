package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.NotificationPreference;
import org.m4d.grants.notification.domain.PreferenceRepository;
import org.m4d.grants.platform.domain.DomainException;

/**
 * The signed-in user's choice of how to hear of each kind of notification; nobody else's is read
 * or changed here. Only choices that differ from a kind's default are stored, so a default changed
 * later reaches everyone who never chose.
 */
@ApplicationScoped
@Transactional
public class MyPreferences {

    /** One kind with the user's delivery, and whether that is the kind's default. */
    public record Choice(NotificationKind kind, DeliveryMode mode, boolean byDefault) {
    }

    @Inject
    CurrentUser user;

    @Inject
    PreferenceRepository preferences;

    @Inject
    Directory directory;

    /** Every kind, in the order of {@link NotificationKind}. */
    public List<Choice> mine() {
        Map<NotificationKind, DeliveryMode> chosen = new EnumMap<>(NotificationKind.class);
        preferences.of(user.username()).forEach(p -> chosen.put(p.kind(), p.mode()));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new Choice(kind, chosen.getOrDefault(kind, kind.byDefault()),
                        chosen.getOrDefault(kind, kind.byDefault()) == kind.byDefault()))
                .toList();
    }

    /** Keeps the given deliveries; a kind left out goes back to its default, a kind given twice is refused. */
    public List<Choice> choose(@NotNull @Valid PreferencesInput input) {
        Map<NotificationKind, DeliveryMode> modes = new EnumMap<>(NotificationKind.class);
        for (PreferencesInput.Choice choice : input.preferences()) {
            if (modes.put(choice.kind(), choice.mode()) != null) {
                throw new DomainException(choice.kind() + " is given more than once")
                        .withKey("preferences.twice", choice.kind());
            }
        }
        String username = user.username();
        for (NotificationKind kind : NotificationKind.values()) {
            DeliveryMode mode = modes.getOrDefault(kind, kind.byDefault());
            Optional<NotificationPreference> stored = preferences.find(username, kind);
            if (mode == kind.byDefault()) {
                stored.ifPresent(preferences::remove);
            } else if (stored.isPresent()) {
                stored.get().choose(mode);
            } else {
                preferences.store(new NotificationPreference(username, kind, mode));
            }
        }
        return mine();
    }

    /** Where the user's mail goes, if they have an address. */
    public Optional<String> address() {
        return directory.find(user.username()).map(Directory.Recipient::email);
    }
}
