package org.m4d.grants.partner.domain;

/** What kind of organisation an implementing partner is. */
public enum PartnerType {
    GOVERNMENT, LOCAL_AUTHORITY, NGO_CSO, ACADEMIC, PRIVATE_SECTOR
}
