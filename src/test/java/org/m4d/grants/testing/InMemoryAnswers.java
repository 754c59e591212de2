package org.m4d.grants.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.domain.AnswerRepository;
import org.m4d.grants.proposal.domain.ProposalAnswer;

/** Proposals' answers per country in memory, every round of them. */
public final class InMemoryAnswers implements AnswerRepository {

    private final TenantRows<ProposalAnswer> rows;

    public InMemoryAnswers(TenantContext context) {
        rows = new TenantRows<>(context);
    }

    @Override
    public List<ProposalAnswer> ofProposal(long proposalId) {
        return rows.all().stream().filter(a -> a.proposalId() == proposalId)
                .sorted(Comparator.comparingInt(ProposalAnswer::reviewRound).thenComparing(ProposalAnswer::id)).toList();
    }

    @Override
    public List<ProposalAnswer> ofSection(Collection<Long> proposalIds, String sectionCode) {
        return rows.all().stream().filter(a -> proposalIds.contains(a.proposalId()) && a.sectionCode().equals(sectionCode))
                .sorted(Comparator.comparingInt(ProposalAnswer::reviewRound).thenComparing(ProposalAnswer::id)).toList();
    }

    @Override
    public void add(ProposalAnswer answer) {
        rows.store(answer);
    }

    /** Every row of the country, for a test that checks nothing was written. */
    public List<ProposalAnswer> all() {
        return rows.all();
    }
}
