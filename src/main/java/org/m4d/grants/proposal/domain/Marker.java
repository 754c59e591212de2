package org.m4d.grants.proposal.domain;

import java.util.function.Predicate;

/** A part of a proposal's profile the programme reports on, which a phase may require at submission. */
public enum Marker {
    GENDER_MARKER("gender marker", p -> p.genderMarker() != null),
    OUTCOME("outcomes", Proposal::hasOutcomes),
    SDG_TARGET("SDG targets", Proposal::hasSdgTargets),
    GCM_OBJECTIVE("GCM objectives", Proposal::hasGcmObjectives),
    LEVEL("level", p -> p.level() != null),
    LINKED_INDICATOR("indicators linked to an outcome", Proposal::hasLinkedIndicator);

    private final String label;
    private final Predicate<Proposal> given;

    Marker(String label, Predicate<Proposal> given) {
        this.label = label;
        this.given = given;
    }

    /** The message of a submission refused for want of this marker. */
    String messageKey() {
        return "error.proposal.markerRequired." + name();
    }

    String label() {
        return label;
    }

    boolean givenBy(Proposal proposal) {
        return given.test(proposal);
    }
}
