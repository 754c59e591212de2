package org.m4d.grants.assurance.application;

import java.util.Optional;

/** The implementing partner a proposal (and so its grant) is made for, if one was chosen. */
public interface GrantPartners {

    Optional<Long> partnerOf(long proposalId);
}
