package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where the lessons of a closing grant go: declared here, where the grant is closed, and kept by the
 * practice context above (docs/adr/0016), in the closing step's transaction.
 */
public interface ClosingLessons {

    void record(ClosedGrant closed);

    /** A grant as it closes: the coordinator's summary and lessons, and what its final report achieved. */
    record ClosedGrant(long proposalId, String summary, String lessons, Integer beneficiariesReached,
                       List<Result> results, String closedBy, Instant closedAt) {
    }

    /** The value one indicator reached by the final report. */
    record Result(String indicator, BigDecimal actual) {
    }
}
