package org.m4d.grants.proposal.domain;

/** People the initiative aims to reach: migrants, their families and the host community, by sex. */
public record Beneficiaries(Integer migrantsWomen, Integer migrantsMen, Integer familiesWomen, Integer familiesMen,
                            Integer hostWomen, Integer hostMen) {

    public int total() {
        return n(migrantsWomen) + n(migrantsMen) + n(familiesWomen) + n(familiesMen) + n(hostWomen) + n(hostMen);
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
