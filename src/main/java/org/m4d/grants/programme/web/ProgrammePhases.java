package org.m4d.grants.programme.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.m4d.grants.programme.application.PhaseService;

/** What every page may ask of the programme's phases, e.g. whether the country receives grants. */
@Named
@RequestScoped
public class ProgrammePhases {

    @Inject
    PhaseService phases;

    public boolean grantEligible(String country) {
        return phases.grantEligible(country);
    }
}
