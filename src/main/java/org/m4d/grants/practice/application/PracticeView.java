package org.m4d.grants.practice.application;

import org.m4d.grants.practice.domain.Practice;

/** A practice with the country it comes from, and whether the reader is the applicant who decides on publishing it. */
public record PracticeView(String country, String countryName, Practice practice, boolean decidesConsent) {
}
