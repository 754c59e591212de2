package org.m4d.grants.partner.application;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day used to judge assessments and ratings. */
final class Today {

    /**
     * The latest calendar day anywhere (UTC+14): an assessment made today in any of the programme's
     * countries is never "in the future", whatever the server's zone.
     */
    static LocalDate latest() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    private Today() {
    }
}
