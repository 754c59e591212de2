/** The raw facts of a country as the tables hold them, read with JPQL projections. */
package org.m4d.grants.operations.infra;
