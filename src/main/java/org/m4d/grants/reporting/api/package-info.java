/** The list exports over the REST API: the same rows as the pages' download buttons, as CSV or XLSX. */
package org.m4d.grants.reporting.api;
