package org.m4d.grants.tenancy.domain;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> find(String code);

    List<Tenant> all();
}
