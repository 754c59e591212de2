/** The programme's use cases: the catalogue other contexts read and pmu's addition of a phase. */
package org.m4d.grants.programme.application;
