package org.m4d.grants.operations.domain;

/** The kinds of mismatch the consistency check names (docs/operations.md, *Consistency check*). */
public enum MismatchKind {
    /** A proposal past its draft whose lifecycle the engine does not know (or none is referenced). */
    LIFECYCLE_MISSING,
    /** A lifecycle of the engine whose business key names no proposal of its country. */
    LIFECYCLE_ORPHANED,
    /** A running lifecycle waits in steps its proposal's state does not allow (or the state is final). */
    STATE_VS_STEP,
    /** An ended lifecycle whose end event does not match the proposal's state. */
    STATE_VS_END,
    /** A grant whose proposal does not exist in its country. */
    GRANT_WITHOUT_PROPOSAL,
    /** A proposal whose state or lifecycle says it has a grant, and it has none, or has one it may not have. */
    GRANT_LINK,
    /** The grant's status disagrees with where its lifecycle stands. */
    GRANT_STATUS,
    /** The proposal's state (approved or disbursed) disagrees with whether its ledger has entries. */
    STATE_VS_LEDGER,
    /** The amount in force is not the approved amount with the approved amendments applied. */
    AMOUNT_IN_FORCE,
    /** The tranches do not add up to the grant's amount in force. */
    PLAN_SUM,
    /** More was disbursed from a tranche than its amount. */
    TRANCHE_OVERDRAWN,
    /** More was disbursed from a grant than its amount in force. */
    GRANT_OVERDRAWN,
    /** A ledger entry on no tranche of its grant, or of no grant of the country. */
    ENTRY_OFF_TRANCHE,
    /** A ledger entry in another currency than its grant's. */
    WRONG_CURRENCY,
    /** An amount with more decimals than its currency has. */
    WRONG_SCALE,
    /** A reversal that reverses no entry of its grant, or another reversal. */
    REVERSAL_OF_NOTHING,
    /** A reversal whose amount is not the negative of what it reverses. */
    REVERSAL_AMOUNT,
    /** An entry reversed more than once. */
    REVERSED_TWICE
}
