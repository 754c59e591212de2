package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * A proposal's answer to a section of its call in one review round (ADR 34): an answer changed in a
 * later round is a new row, so what was read in an earlier round stays readable as it was.
 */
@Entity
@Table(name = "proposal_answer")
@NamedQuery(name = "ProposalAnswer.ofProposal", query = "SELECT a FROM ProposalAnswer a"
        + " WHERE a.proposalId = :proposalId ORDER BY a.reviewRound, a.id")
@NamedQuery(name = "ProposalAnswer.ofSection", query = "SELECT a FROM ProposalAnswer a"
        + " WHERE a.proposalId IN :proposalIds AND a.sectionCode = :section ORDER BY a.reviewRound, a.id")
public class ProposalAnswer extends TenantOwned {

    /** The longest answer, in characters, whatever its word limit. */
    public static final int MAX_CHARS = 100_000;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "section_code", nullable = false, updatable = false, length = 40)
    private String sectionCode;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int reviewRound;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private int words;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ProposalAnswer() {
    }

    /** A section's answer written in a round; a blank text is an answer not given. */
    public ProposalAnswer(long proposalId, String sectionCode, int reviewRound, String text, int wordLimit,
                          String writtenBy, Instant at) {
        if (reviewRound < 1) {
            throw new IllegalArgumentException("Review rounds count from 1");
        }
        this.proposalId = proposalId;
        this.sectionCode = sectionCode;
        this.reviewRound = reviewRound;
        rewrite(text, wordLimit, writtenBy, at);
    }

    /**
     * Refuses a text over the section's word limit or {@link #MAX_CHARS} characters, naming the
     * section; returns its word count.
     */
    public static int check(String sectionCode, String text, int wordLimit) {
        String checked = text == null ? "" : text;
        int count = Words.count(checked);
        if (count > wordLimit) {
            throw new DomainException("The answer to " + sectionCode + " has " + count + " words; its limit is "
                    + wordLimit).withKey("error.answer.overLimit", sectionCode, count, wordLimit);
        }
        if (checked.length() > MAX_CHARS) {
            throw new DomainException("The answer to " + sectionCode + " is longer than " + MAX_CHARS + " characters")
                    .withKey("error.answer.tooLong", sectionCode, MAX_CHARS);
        }
        return count;
    }

    /** Changes the text in the same round. */
    public void rewrite(String newText, int wordLimit, String by, Instant at) {
        words = check(sectionCode, newText, wordLimit);
        text = newText == null ? "" : newText.strip();
        writtenBy = by;
        writtenAt = at;
    }

    /**
     * The answers as they stood in a round: for each section, the one written in the latest round up
     * to it, in the order of the sections' first answers.
     */
    public static Map<String, ProposalAnswer> asOf(Collection<ProposalAnswer> all, int round) {
        Map<String, ProposalAnswer> latest = new LinkedHashMap<>();
        all.stream().filter(a -> a.reviewRound <= round)
                .sorted(Comparator.comparingInt((ProposalAnswer a) -> a.reviewRound))
                .forEach(a -> latest.put(a.sectionCode, a));
        return latest;
    }

    /** The row written in exactly this round for the section, if any. */
    public static Optional<ProposalAnswer> writtenIn(Collection<ProposalAnswer> all, String sectionCode, int round) {
        return all.stream().filter(a -> a.reviewRound == round && a.sectionCode.equals(sectionCode)).findFirst();
    }

    public boolean given() {
        return !text.isBlank();
    }

    public long proposalId() {
        return proposalId;
    }

    public String sectionCode() {
        return sectionCode;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public String text() {
        return text;
    }

    public int words() {
        return words;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
