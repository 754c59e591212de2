package org.m4d.grants.practice.domain;

import java.util.List;
import java.util.Optional;

/** Practices, always within the country of the tenant context. */
public interface PracticeRepository {

    Optional<Practice> find(long id);

    Optional<Practice> byProposal(long proposalId);

    /** The country's published practices, the latest closed first. */
    List<Practice> published();

    /** Every practice of the country, published or not, the latest closed first. */
    List<Practice> all();

    void store(Practice practice);
}
