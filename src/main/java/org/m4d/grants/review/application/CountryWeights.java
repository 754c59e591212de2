package org.m4d.grants.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.review.domain.CriteriaWeights;
import org.m4d.grants.tenancy.application.TenantSettingsService;

/** The weights a review scored now in the country is weighted with: the country's own, or the defaults. */
@ApplicationScoped
public class CountryWeights {

    @Inject
    TenantSettingsService settings;

    public CriteriaWeights weightsOf() {
        return CriteriaWeightRules.weights(settings.weightsOf());
    }
}
