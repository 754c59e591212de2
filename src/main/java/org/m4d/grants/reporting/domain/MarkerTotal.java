package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;

/**
 * Proposals with one value of one marker in one country or (country null) the programme: how many,
 * how many of them are grants, and the grants' approved amounts in USD at their agreements' rates.
 */
public record MarkerTotal(String marker, String value, String country, int proposals, int grants,
                          BigDecimal approvedUsd) {
}
