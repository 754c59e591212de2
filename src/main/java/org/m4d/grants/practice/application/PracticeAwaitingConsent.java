package org.m4d.grants.practice.application;

/**
 * A closing grant left a practice that waits for its applicant's consent to be published. Fired
 * inside the closing step's transaction; {@code actor} closed the grant.
 */
public record PracticeAwaitingConsent(String tenantId, long proposalId, long practiceId, String applicant,
                                      String actor) {
}
