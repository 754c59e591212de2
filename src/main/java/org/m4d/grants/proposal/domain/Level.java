package org.m4d.grants.proposal.domain;

/** The programme's levels of intervention. */
public enum Level {
    LOCAL, NATIONAL, GLOBAL
}
