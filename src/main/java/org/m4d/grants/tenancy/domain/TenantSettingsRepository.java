package org.m4d.grants.tenancy.domain;

import java.util.Optional;

/** The settings of one tenant, if its administrator has set them. */
public interface TenantSettingsRepository {

    Optional<TenantSettings> find();

    void store(TenantSettings settings);
}
