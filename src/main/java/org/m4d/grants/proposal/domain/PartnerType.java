package org.m4d.grants.proposal.domain;

/** Whole-of-society partners of an initiative. */
public enum PartnerType {
    DIASPORA, PRIVATE_SECTOR, CIVIL_SOCIETY
}
