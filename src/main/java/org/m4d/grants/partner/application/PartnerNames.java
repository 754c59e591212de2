package org.m4d.grants.partner.application;

import java.util.Optional;

/**
 * The name of a partner of the current country, for the contexts that link to one (a proposal):
 * empty for an id that is no partner of the country. The caller checks the user's access itself.
 */
public interface PartnerNames {

    Optional<String> nameOf(long partnerId);
}
