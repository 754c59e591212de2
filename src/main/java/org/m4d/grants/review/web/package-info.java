/** The review parts of the pages: who reviews a proposal, and a coordinator's reassignment. */
package org.m4d.grants.review.web;
