package org.m4d.grants.proposal.application;

import org.m4d.grants.proposal.domain.Place;

/**
 * A place of a proposal's scale-up as the applicant enters it: a municipality and its region, free
 * text. The domain trims them and refuses a blank or too long one, or a place named twice (422).
 */
public record PlaceInput(String region, String municipality) {

    Place toDomain() {
        return new Place(region, municipality);
    }
}
