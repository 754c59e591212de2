package org.m4d.grants.operations.application;

import org.m4d.grants.operations.domain.CountryFacts;

/**
 * The raw rows of the tenant context's country the consistency check compares: proposals, grants,
 * tranches, ledger entries, amendments and agreement versions, as the tables hold them (no
 * lifecycles: those come from the engine). Implemented in {@code operations.infra}.
 */
public interface ConsistencySource {

    CountryFacts read();
}
