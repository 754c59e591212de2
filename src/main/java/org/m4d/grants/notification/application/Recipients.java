package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.List;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.application.Directory.Recipient;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.OpenTask;

/**
 * Who hears of what, among those who may see it: a task's holder, else the members of the groups
 * it is offered to (less those it is not offered to); a country's coordinators for an escalation,
 * or the programme management unit when the late task is the coordinators' own; a named user.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    Directory directory;

    @Inject
    CurrentUser user;

    public List<Recipient> ofTask(OpenTask task) {
        if (task.assignee() != null) {
            return user(task.assignee());
        }
        return task.candidateGroups().stream().flatMap(g -> directory.membersOf(g).stream())
                .filter(r -> !task.excluded().contains(r.username())).toList();
    }

    /** Whom an overdue task is escalated to, in its country. */
    public List<Recipient> escalation(String tenant, OpenTask task) {
        String coordinators = Role.COORDINATOR.groupIn(tenant);
        return directory.membersOf(task.candidateGroups().contains(coordinators) ? Role.PMU.groupIn(null) : coordinators);
    }

    public List<Recipient> user(String username) {
        return directory.find(username).stream().toList();
    }

    /** The signed-in user whose step this is; {@code null} for the engine's own steps (timers, async steps). */
    public String actor() {
        try {
            return user.signedIn() ? user.username() : null;
        } catch (ContextNotActiveException jobThread) {
            return null;
        }
    }

    /** The user names, comma-separated, for the audit trail. */
    static String names(List<String> usernames) {
        return String.join(", ", usernames);
    }
}
