/** The arithmetic of programme reporting: results rolled up to the outcomes, markers counted and summed in USD. */
package org.m4d.grants.reporting.domain;
