package org.m4d.grants.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.proposal.application.LookAlikeScreening;
import org.m4d.grants.proposal.domain.LookAlikeRules;

/**
 * Backs the "Possible duplicates" panel of the screening task (docs/adr/0036): the country's other
 * proposals that look like the one screened, each with its state, call and reasons with their figures.
 * Shown to coordinators and the programme unit; nobody else is asked.
 */
@Named
@ViewScoped
public class LookAlikesPart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One proposal that looks alike as the panel shows it; the reasons in the user's language. */
    public record Row(long id, String tenant, String title, String state, String call, List<String> reasons)
            implements Serializable {
    }

    @Inject
    transient LookAlikeScreening screening;

    @Inject
    transient Access access;

    @Inject
    transient Formats fmt;

    private Long proposalId;
    private List<Row> rows;

    /** The proposals that look like this one, read once per view. */
    public List<Row> of(Long id) {
        if (id == null || !access.hasRole(Role.COORDINATOR) && !access.hasRole(Role.PMU)) {
            return List.of();
        }
        if (rows == null || !id.equals(proposalId)) {
            proposalId = id;
            rows = screening.of(id).stream().map(a -> new Row(a.proposal().id(), a.proposal().tenantId(),
                    a.proposal().title(), fmt.label(a.proposal().state()), a.call() == null ? "" : a.call().title(),
                    a.reasons().stream().map(this::reason).toList())).toList();
        }
        return rows;
    }

    /** A reason with its figure, e.g. "Similar title (86%)". */
    String reason(LookAlikeRules.Match match) {
        String key = "lookAlike.reason." + match.reason().name();
        return switch (match.reason()) {
            case SAME_PARTNER -> fmt.message(key);
            case SIMILAR_TITLE, SIMILAR_SUMMARY -> fmt.message(key, match.percent());
            case OVERLAPPING_PLACES -> fmt.message(key, fmt.list(match.places()));
            case OVERLAPPING_DATES -> fmt.message(key, fmt.date(match.from()), fmt.date(match.to()));
        };
    }
}
