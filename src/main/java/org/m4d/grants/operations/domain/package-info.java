/** The consistency rules: raw facts of a country in, the mismatches out, as pure functions. */
package org.m4d.grants.operations.domain;
