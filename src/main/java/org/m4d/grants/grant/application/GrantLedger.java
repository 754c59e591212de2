package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;

/**
 * A grant's tranche schedule and its ledger in recorded order, each entry with the running net
 * balance, and the totals: paid out, taken back by reversals, net, and what remains of the grant.
 */
public record GrantLedger(String tenant, long proposalId, String title, GrantAgreement.Status status, Money approved,
                          BigDecimal usdRate, List<TrancheLine> tranches, List<LedgerLine> lines) {

    /**
     * Builds the statement. {@code mayReverse} says whether the user may reverse entries of this
     * grant at all; a reversal, an entry already reversed, or any entry of a closed grant never is.
     */
    public static GrantLedger of(String tenant, long proposalId, String title, GrantAgreement grant,
                                 List<Tranche> tranches, List<Disbursement> ledger, boolean mayReverse) {
        String currency = grant.approved().currency();
        Map<Long, Long> reversals = new HashMap<>();
        ledger.stream().filter(d -> d.reversesId() != null).forEach(d -> reversals.put(d.reversesId(), d.id()));
        boolean open = mayReverse && grant.status() != GrantAgreement.Status.CLOSED;
        List<LedgerLine> lines = new ArrayList<>();
        Money balance = Money.zero(currency);
        for (Disbursement entry : ledger) {
            balance = balance.plus(entry.amount());
            Long reversedBy = entry.id() == null ? null : reversals.get(entry.id());
            lines.add(new LedgerLine(entry, balance, reversedBy,
                    open && entry.kind() == Disbursement.Kind.DISBURSEMENT && reversedBy == null));
        }
        List<TrancheLine> schedule = tranches.stream().map(t -> new TrancheLine(t.number(), t.percentage(),
                t.amount(currency), t.status(), t.releasedAt(), ledger.stream()
                .filter(d -> Objects.equals(d.trancheNumber(), t.number())).map(Disbursement::amount)
                .reduce(Money.zero(currency), Money::plus))).toList();
        return new GrantLedger(tenant, proposalId, title, grant.status(), grant.approved(), grant.usdRate(), schedule,
                List.copyOf(lines));
    }

    public String currency() {
        return approved.currency();
    }

    /** What the disbursements paid out, before reversals. */
    public Money paidOut() {
        return sum(Disbursement.Kind.DISBURSEMENT);
    }

    /** What reversals took back, as a negative amount. */
    public Money reversedTotal() {
        return sum(Disbursement.Kind.REVERSAL);
    }

    public Money net() {
        return paidOut().plus(reversedTotal());
    }

    public Money remaining() {
        return approved.minus(net());
    }

    public BigDecimal approvedUsd() {
        return Usd.of(approved, usdRate);
    }

    /** The net paid in dollars, each entry at the rate of its own date. */
    public BigDecimal netUsd() {
        return Usd.ofEntries(lines.stream().map(LedgerLine::entry).toList());
    }

    public boolean closed() {
        return status == GrantAgreement.Status.CLOSED;
    }

    /** Whether any entry can be reversed by the user now, i.e. whether the page needs the reversal dialog. */
    public boolean anyReversible() {
        return lines.stream().anyMatch(LedgerLine::reversible);
    }

    /** The line of an entry of this ledger, if it has one. */
    public java.util.Optional<LedgerLine> line(long entryId) {
        return lines.stream().filter(l -> Objects.equals(l.entry().id(), entryId)).findFirst();
    }

    private Money sum(Disbursement.Kind kind) {
        return lines.stream().map(LedgerLine::entry).filter(d -> d.kind() == kind).map(Disbursement::amount)
                .reduce(Money.zero(currency()), Money::plus);
    }
}
