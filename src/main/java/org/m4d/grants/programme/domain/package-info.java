/** The programme as data: its phases, each phase's outcomes, eligible countries and indicator catalogue. */
package org.m4d.grants.programme.domain;
