package org.m4d.grants.operations.domain;

/**
 * One disagreement the consistency check found: in which country, of which kind, about which
 * proposal (null when the object names none) and which object, what was expected and what was found.
 */
public record Mismatch(String country, MismatchKind kind, Long proposalId, String object, String expected,
                       String found) {

    /** What makes two readings the same mismatch: the figures found may have moved between them. */
    public String key() {
        return country + "|" + kind + "|" + proposalId + "|" + object;
    }
}
