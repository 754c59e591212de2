/**
 * The reporting context's API: the programme's results and markers (JSON, CSV or XLSX), the IATI
 * 2.03 activities file of the countries in scope, and the list exports (the same rows as the pages'
 * download buttons, as CSV or XLSX).
 */
package org.m4d.grants.reporting.api;
