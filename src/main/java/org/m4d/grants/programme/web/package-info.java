/** The programme's pages: the phases, and pmu's form to add one. */
package org.m4d.grants.programme.web;
