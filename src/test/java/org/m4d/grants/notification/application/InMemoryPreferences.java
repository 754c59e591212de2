package org.m4d.grants.notification.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.NotificationPreference;
import org.m4d.grants.notification.domain.PreferenceRepository;

/** The stored preferences, in memory. */
final class InMemoryPreferences implements PreferenceRepository {

    final List<NotificationPreference> rows = new ArrayList<>();

    @Override
    public List<NotificationPreference> of(String username) {
        return rows.stream().filter(p -> p.username().equals(username)).toList();
    }

    @Override
    public Optional<NotificationPreference> find(String username, NotificationKind kind) {
        return rows.stream().filter(p -> p.username().equals(username) && p.kind() == kind).findFirst();
    }

    @Override
    public void store(NotificationPreference preference) {
        rows.add(preference);
    }

    @Override
    public void remove(NotificationPreference preference) {
        rows.remove(preference);
    }
}
