/** JPA storage of reviews, scoped to one tenant per call. */
package org.m4d.grants.review.infra;
