package org.m4d.grants.proposal.web;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Objects;
import org.m4d.grants.proposal.application.ProposalDraft;

/** The wizard's rules for saving a draft as the user types (ADR 0038). */
final class Autosave {

    /** What an autosave came to, as the page is told. */
    enum Outcome { SAVED, INVALID, CONFLICT }

    private Autosave() {
    }

    /** Whether there is anything to save: always before the first save, then only a form unlike the one last saved. */
    static boolean needed(Long id, ProposalDraft saved, ProposalDraft now) {
        return id == null || !Objects.equals(saved, now);
    }

    /** Whether a failed save met a draft someone else changed meanwhile, among the wrappers of Faces, EL and transactions. */
    static boolean changedMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** The step asked for when the wizard has it, else its first step; null for a wizard without steps. */
    static String step(String asked, List<String> steps) {
        if (asked != null && steps.contains(asked)) {
            return asked;
        }
        return steps.isEmpty() ? null : steps.get(0);
    }
}
