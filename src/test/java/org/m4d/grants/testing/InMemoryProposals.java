package org.m4d.grants.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;

/** Proposals per country in memory; a search filters by state, sector and ids, newest first. */
public final class InMemoryProposals implements ProposalRepository {

    private final TenantRows<Proposal> rows;

    public InMemoryProposals(TenantContext context) {
        rows = new TenantRows<>(context);
    }

    @Override
    public Optional<Proposal> find(long id) {
        return rows.find(id);
    }

    @Override
    public List<Proposal> all(int first, int max) {
        return newestFirst(rows.all()).stream().skip(first).limit(max).toList();
    }

    @Override
    public List<Proposal> search(ProposalSearch search, int first, int max) {
        return newestFirst(matching(search)).stream().skip(first).limit(max).toList();
    }

    @Override
    public long count(ProposalSearch search) {
        return matching(search).size();
    }

    @Override
    public List<Proposal> withIds(Collection<Long> ids) {
        return rows.all().stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public List<Proposal> ofCall(long callId) {
        return rows.all().stream().filter(p -> Long.valueOf(callId).equals(p.callId()))
                .sorted(Comparator.comparing(Proposal::id)).toList();
    }

    @Override
    public List<Proposal> lookAlikeCandidates(long excluded, int max) {
        return rows.all().stream().filter(p -> p.id() != excluded)
                .filter(p -> p.state() != ProposalState.DRAFT && p.state() != ProposalState.WITHDRAWN)
                .sorted(Comparator.comparing(Proposal::id).reversed()).limit(max).toList();
    }

    @Override
    public void store(Proposal proposal) {
        rows.store(proposal);
    }

    @Override
    public void remove(Proposal proposal) {
        rows.remove(proposal);
    }

    @Override
    public Map<ProposalState, Long> countByState() {
        return rows.all().stream().collect(Collectors.groupingBy(Proposal::state, Collectors.counting()));
    }

    @Override
    public Map<Sector, Long> countBySector() {
        return rows.all().stream().collect(Collectors.groupingBy(Proposal::sector, Collectors.counting()));
    }

    private List<Proposal> matching(ProposalSearch search) {
        return rows.all().stream()
                .filter(p -> search.state() == null || p.state() == search.state())
                .filter(p -> search.sector() == null || p.sector() == search.sector())
                .filter(p -> search.onlyIds() == null || search.onlyIds().contains(p.id()))
                .toList();
    }

    private static List<Proposal> newestFirst(List<Proposal> proposals) {
        return proposals.stream().sorted(Comparator.comparing(Proposal::createdAt)
                .thenComparing(Proposal::id, Comparator.naturalOrder()).reversed()).toList();
    }

}
