package org.m4d.grants.grant.application;

import java.util.List;

/**
 * Something that may stop cash leaving a grant: checked before every disbursement and before a
 * tranche is released, after the reports (the first gate). Implemented by the grant's own rules
 * (an advance outstanding too long) and by contexts above (an open high-priority finding), found
 * by CDI.
 */
public interface ReleaseGate {

    /** Why the grant of this proposal may not pay out now; empty when nothing stops it. */
    List<ReleaseBlock> blocks(long proposalId);
}
