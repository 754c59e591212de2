/** Grant proposals and their life from draft to decision. */
package org.m4d.grants.proposal.domain;
