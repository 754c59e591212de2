package org.m4d.grants.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;

class MyNotificationsTest {

    private final InMemoryNotifications rows = new InMemoryNotifications();
    private final SignedInUser user = new SignedInUser().as("np.coordinator", "NP", Role.COORDINATOR);
    private final MyNotifications mine = Wiring.wire(new MyNotifications(), user, rows);

    private final Notification older = rows.add("NP", "np.coordinator", "New task: Screen eligibility — Older",
            "task.xhtml?id=t1", Instant.parse("2026-11-30T08:00:00Z"), Notification.Mail.QUEUED);
    private final Notification newer = rows.add("SN", "np.coordinator", "New task: Approve grant — Newer",
            "task.xhtml?id=t2", Instant.parse("2026-11-30T09:00:00Z"), Notification.Mail.QUEUED);
    private final Notification applicants = rows.add("NP", "np.applicant", "Your proposal was approved",
            "proposal/view.xhtml?id=7", Instant.parse("2026-11-30T10:00:00Z"), Notification.Mail.QUEUED);

    @Test
    void theListHoldsTheUsersOwnNotificationsOnlyNewestFirstAcrossCountries() {
        assertThat(mine.page(false, 0, 50)).containsExactly(newer, older);
        assertThat(mine.count(false)).isEqualTo(2);
        assertThat(mine.unreadCount()).isEqualTo(2);
    }

    @Test
    void someoneElsesNotificationDoesNotExistForTheUserAndStaysUnread() {
        assertThatThrownBy(() -> mine.markRead(applicants.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.open(applicants.id())).isInstanceOf(NotFoundException.class);
        assertThat(applicants.unread()).isTrue();
    }

    @Test
    void openingMarksReadAndLeadsToItsPage() {
        assertThat(mine.open(older.id())).isEqualTo("task.xhtml?id=t1");
        assertThat(older.unread()).isFalse();
        assertThat(mine.unreadCount()).isEqualTo(1);
        assertThat(mine.page(true, 0, 50)).containsExactly(newer);
    }

    @Test
    void markAllReadClearsTheUsersOwnAndNobodyElses() {
        assertThat(mine.markAllRead()).isEqualTo(2);
        assertThat(mine.unreadCount()).isZero();
        assertThat(applicants.unread()).isTrue();
    }

    @Test
    void aPageOutsideTheBoundsIsRefused() {
        assertThatThrownBy(() -> mine.page(false, -1, 10)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> mine.page(false, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> mine.page(false, 0, MyNotifications.MAX_PAGE + 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void nobodySignedInHasNoUnreadCount() {
        MyNotifications anonymous = Wiring.wire(new MyNotifications(), new SignedInUser(), rows);
        assertThat(anonymous.unreadCount()).isZero();
    }

    @Test
    void aLinkLeadsOnlyToAPageOfTheApp() {
        assertThat(MyNotifications.target("task.xhtml?id=t1")).isEqualTo("task.xhtml?id=t1");
        assertThat(MyNotifications.target("/app/task.xhtml?id=t1")).isEqualTo("task.xhtml?id=t1");
        assertThat(MyNotifications.target("/app//evil.example/")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target("https://evil.example/")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target("//evil.example/")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target("/login.xhtml")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target("javascript:alert(1)")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target("task.xhtml\r\nSet-Cookie: x=1")).isEqualTo("notifications.xhtml");
        assertThat(MyNotifications.target(null)).isEqualTo("notifications.xhtml");
    }
}
