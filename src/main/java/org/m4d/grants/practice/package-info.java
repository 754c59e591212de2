/**
 * The practice library: the lessons a closed grant leaves, read and searched by every country,
 * the knowledge-sharing ones included, once the applicant has consented to publish them (the one
 * deliberate exception to country isolation, docs/adr/0028).
 */
package org.m4d.grants.practice;
