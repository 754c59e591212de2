/** Use cases of technical reviews; each public method is one transaction. */
package org.m4d.grants.review.application;
