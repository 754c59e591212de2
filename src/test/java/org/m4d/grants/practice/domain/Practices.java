package org.m4d.grants.practice.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Practices as a closing grant leaves them, for the unit tests. */
public final class Practices {

    private Practices() {
    }

    /** A practice of np.applicant's employment proposal, closed on the given day, unpublished. */
    public static Practice closed(long proposalId, String title, String sector, Set<Integer> outcomes, String lessons,
                                  Instant at) {
        return new Practice(proposalId, title, sector, outcomes, "A one-stop desk for returnees", lessons, 300,
                List.of(new PracticeResult("Returnees certified", new BigDecimal("120.000"))), "np.applicant",
                "np.coordinator", at);
    }

    public static Practice closed(long proposalId) {
        return closed(proposalId, "Skills recognition for returnees", "EMPLOYMENT", Set.of(1, 3),
                "Involve the municipality from the first month", Instant.parse("2026-11-30T10:00:00Z"));
    }
}
