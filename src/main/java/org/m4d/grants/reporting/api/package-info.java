/** The reporting context's API: the IATI 2.03 activities file of the countries in scope. */
package org.m4d.grants.reporting.api;
