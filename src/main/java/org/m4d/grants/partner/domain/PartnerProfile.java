package org.m4d.grants.partner.domain;

/** What identifies a partner and how to reach it; the numbers and contact are optional. */
public record PartnerProfile(String name, PartnerType type, String registrationNumber, String vendorNumber,
                             String contactName, String contactEmail, String contactPhone) {
}
