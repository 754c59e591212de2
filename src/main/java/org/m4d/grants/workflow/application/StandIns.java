package org.m4d.grants.workflow.application;

import java.util.Map;

/**
 * Who stands in for the applicant on a grant's reporting tasks (docs/adr/0035-proposal-members.md):
 * the proposal context answers for the signed-in user, in the country of the tenant context, so the
 * workflow does not keep a second copy of who takes part in a proposal.
 */
public interface StandIns {

    /**
     * The proposals of the country on which the signed-in user is a co-applicant now, each with
     * the user name of its creator, whose applicant tasks they may take; none for anyone else.
     */
    Map<Long, String> ofSignedInUser();
}
