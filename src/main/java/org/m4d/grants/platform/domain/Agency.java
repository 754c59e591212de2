package org.m4d.grants.identity.domain;

/** The agency a reviewer or coordinator works for. */
public enum Agency {
    IOM, UNDP
}
