package org.m4d.grants.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.testing.InMemoryUsers;

class MyPreferencesTest {

    private final InMemoryPreferences stored = new InMemoryPreferences();
    private final InMemoryUsers users = new InMemoryUsers();
    private final SignedInUser user = new SignedInUser().as("np.coordinator", "NP", Role.COORDINATOR);
    private final MyPreferences preferences = Wiring.wire(new MyPreferences(), user, stored,
            Wiring.wire(new Directory(), users));
    private final StoredDeliveryPreferences delivery = Wiring.wire(new StoredDeliveryPreferences(), stored);

    MyPreferencesTest() {
        users.add("np.coordinator", "Nepal Coordinator", "NP.Coordinator@Example.org", "fr");
    }

    private static PreferencesInput.Choice choice(NotificationKind kind, DeliveryMode mode) {
        return new PreferencesInput.Choice(kind, mode);
    }

    @Test
    void withoutChoicesEveryKindHasItsDefault() {
        assertThat(preferences.mine()).hasSize(NotificationKind.values().length)
                .allSatisfy(c -> assertThat(c.mode()).isEqualTo(c.kind().byDefault()))
                .allSatisfy(c -> assertThat(c.byDefault()).isTrue());
        assertThat(delivery.modeFor("np.coordinator", NotificationKind.TASK_DUE_SOON)).isEqualTo(DeliveryMode.DIGEST);
        assertThat(delivery.modeFor("np.coordinator", NotificationKind.TASK_NEW)).isEqualTo(DeliveryMode.IMMEDIATE);
    }

    @Test
    void aChoiceIsKeptForTheUserAloneAndOnlyWhereItDiffersFromTheDefault() {
        preferences.choose(new PreferencesInput(List.of(choice(NotificationKind.TASK_NEW, DeliveryMode.DIGEST),
                choice(NotificationKind.GRANT_CLOSED, DeliveryMode.NONE),
                choice(NotificationKind.TASK_OVERDUE, DeliveryMode.IMMEDIATE))));

        assertThat(stored.rows).extracting(p -> p.username() + " " + p.kind() + " " + p.mode())
                .containsExactlyInAnyOrder("np.coordinator TASK_NEW DIGEST", "np.coordinator GRANT_CLOSED NONE");
        assertThat(delivery.modeFor("np.coordinator", NotificationKind.TASK_NEW)).isEqualTo(DeliveryMode.DIGEST);
        assertThat(delivery.modeFor("np.coordinator", NotificationKind.GRANT_CLOSED)).isEqualTo(DeliveryMode.NONE);
        assertThat(delivery.modeFor("np.coordinator2", NotificationKind.TASK_NEW)).isEqualTo(DeliveryMode.IMMEDIATE);
        assertThat(preferences.mine()).filteredOn(c -> c.kind() == NotificationKind.TASK_NEW).singleElement()
                .isEqualTo(new MyPreferences.Choice(NotificationKind.TASK_NEW, DeliveryMode.DIGEST, false));
    }

    @Test
    void aKindLeftOutGoesBackToItsDefault() {
        preferences.choose(new PreferencesInput(List.of(choice(NotificationKind.TASK_NEW, DeliveryMode.NONE))));
        preferences.choose(new PreferencesInput(List.of(choice(NotificationKind.GRANT_CLOSED, DeliveryMode.DIGEST))));

        assertThat(stored.rows).extracting(p -> p.kind() + " " + p.mode()).containsExactly("GRANT_CLOSED DIGEST");
        assertThat(delivery.modeFor("np.coordinator", NotificationKind.TASK_NEW)).isEqualTo(DeliveryMode.IMMEDIATE);
    }

    @Test
    void aKindGivenTwiceIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> preferences.choose(new PreferencesInput(List.of(
                choice(NotificationKind.TASK_NEW, DeliveryMode.NONE), choice(NotificationKind.TASK_NEW, DeliveryMode.DIGEST)))))
                .isInstanceOf(DomainException.class).hasMessage("TASK_NEW is given more than once");
        assertThat(stored.rows).isEmpty();
    }

    @Test
    void theAddressIsTheUsersOwnInLowerCase() {
        assertThat(preferences.address()).contains("np.coordinator@example.org");
    }
}
