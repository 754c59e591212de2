/** The practice library over the REST API, and the applicant's consent to publish. */
package org.m4d.grants.practice.api;
