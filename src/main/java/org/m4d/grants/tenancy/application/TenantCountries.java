package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/** The tenants, as the identity context asks for them. */
@ApplicationScoped
public class TenantCountries implements Countries {

    @Inject
    TenantRepository tenants;

    @Override
    public List<Country> all() {
        return tenants.all().stream().map(TenantCountries::country).toList();
    }

    @Override
    public Optional<Country> find(String code) {
        return tenants.find(code).map(TenantCountries::country);
    }

    private static Country country(Tenant tenant) {
        return new Country(tenant.code(), tenant.name(), tenant.currency());
    }
}
