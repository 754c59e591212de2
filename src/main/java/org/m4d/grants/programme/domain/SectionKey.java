package org.m4d.grants.programme.domain;

/**
 * The programme's library of narrative sections a call chooses from (ADR 34); their default
 * questions and help are in the message bundles, {@code section.<KEY>.question} and
 * {@code section.<KEY>.help}, in every language of the app.
 */
public enum SectionKey {
    /** A summary of the proposal. */
    SUMMARY,
    /** The initiative being scaled up and its evidence of results. */
    INITIATIVE,
    /** The scale-up plan and its places: region, municipality. */
    SCALE_UP,
    /** The partners and the role of local authorities. */
    PARTNERS,
    /** Gender and inclusion. */
    GENDER_INCLUSION,
    /** Risks and their mitigation. */
    RISKS,
    /** Sustainability after the grant. */
    SUSTAINABILITY;

    public String questionKey() {
        return "section." + name() + ".question";
    }

    public String helpKey() {
        return "section." + name() + ".help";
    }
}
