package org.m4d.grants.platform.domain;

/**
 * The two agencies of the joint programme: a reviewer or coordinator works for one (identity), and
 * each reviews every proposal (review). A value both contexts share, so it lives in the platform.
 */
public enum Agency {
    IOM, UNDP
}
