package org.m4d.grants.proposal.domain;

import java.util.Set;

/** Which markers each phase of the programme requires of a proposal at submission. */
public interface MarkerRequirements {

    Set<Marker> of(String phaseId);

    void require(String phaseId, Set<Marker> markers);
}
