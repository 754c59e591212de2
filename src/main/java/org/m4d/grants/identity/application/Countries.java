package org.m4d.grants.identity.application;

import java.util.List;
import java.util.Optional;

/**
 * The programme's countries as identity needs them (global users belong to all; the country switch
 * names them). Declared here and provided by the tenancy context, so that identity, which every
 * context uses, depends on none.
 */
public interface Countries {

    /** Every country, by name. */
    List<Country> all();

    Optional<Country> find(String code);

    /** A country as the pages show the one the user works in. */
    record Country(String code, String name, String currency) {
    }
}
