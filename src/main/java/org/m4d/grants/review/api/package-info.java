/** Who reviews a proposal, over the REST API: the assignments of its reviews and a coordinator's reassignment. */
package org.m4d.grants.review.api;
