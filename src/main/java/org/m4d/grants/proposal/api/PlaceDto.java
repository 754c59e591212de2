package org.m4d.grants.proposal.api;

import org.m4d.grants.proposal.domain.Place;

/** A place of a proposal's scale-up: a municipality and its region, as the applicant wrote them. */
public record PlaceDto(String region, String municipality) {

    public static PlaceDto of(Place place) {
        return new PlaceDto(place.region(), place.municipality());
    }
}
