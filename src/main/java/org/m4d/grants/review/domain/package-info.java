/** Technical reviews: conflict-of-interest declarations, scores per criterion and their weights. */
package org.m4d.grants.review.domain;
