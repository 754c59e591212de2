/** The programme's results and markers over the API, as JSON and as CSV or XLSX tables. */
package org.m4d.grants.reporting.api;
