package org.m4d.grants.operations.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.m4d.grants.operations.domain.CountryFacts.AmendmentFact;
import org.m4d.grants.operations.domain.CountryFacts.EntryFact;
import org.m4d.grants.operations.domain.CountryFacts.GrantFact;
import org.m4d.grants.operations.domain.CountryFacts.LifecycleFact;
import org.m4d.grants.operations.domain.CountryFacts.ProposalFact;
import org.m4d.grants.operations.domain.CountryFacts.TrancheFact;
import org.m4d.grants.operations.domain.CountryFacts.VersionFact;

/**
 * The consistency rules: from a country's raw facts to the list of what disagrees, as pure
 * functions. A proposal's state says where its lifecycle must stand (the steps it may wait in, or
 * the end event it ended at); a grant's status, amount in force, tranches and ledger must agree with
 * each other, with the proposal and with the approved amendments. The step ids are those of
 * {@code bpmn/grant-lifecycle.bpmn} and {@code bpmn/grant-implementation.bpmn}
 * ({@code ConsistencyRulesTest} checks that the models have them).
 */
public final class ConsistencyRules {

    public static final String CREATE_AGREEMENT = "createGrantAgreement";
    public static final String SET_TRANCHE_PLAN = "setTranchePlan";
    public static final String GRANT_CLOSED = "grantClosed";
    public static final String PROPOSAL_REJECTED = "proposalRejected";
    public static final String PROPOSAL_WITHDRAWN = "proposalWithdrawn";

    /** The steps a grant's implementation waits in, set tranche plan to close grant. */
    public static final Set<String> IMPLEMENTATION_STEPS = Set.of(SET_TRANCHE_PLAN, "submitReports",
            "verifyProgressReport", "verifyFinancialReport", "requestAdvance", "authoriseAdvance", "certifyExpenditure",
            "acceptExpenditure", "requestPayment", "releaseTranche", "followUpOverdueReport", "submitFinalReport",
            "closeGrant");

    /** For each state of a running lifecycle, the steps it may wait in (at least one of them). */
    public static final Map<String, Set<String>> STEPS_OF_STATE = Map.of(
            "SUBMITTED", Set.of("nationalEndorsement", "screenEligibility"),
            "IN_REVISION", Set.of("reviseProposal"),
            "UNDER_REVIEW", Set.of("declareConflictOfInterest", "scoreProposal", "handleOverdueReview"),
            "AWAITING_APPROVAL", Set.of("approveGrant"),
            "APPROVED", union(IMPLEMENTATION_STEPS, Set.of(CREATE_AGREEMENT)),
            "DISBURSED", IMPLEMENTATION_STEPS);

    /** For each final state, the end event its lifecycle ended at. */
    public static final Map<String, String> END_OF_STATE = Map.of(
            "CLOSED", GRANT_CLOSED, "REJECTED", PROPOSAL_REJECTED, "WITHDRAWN", PROPOSAL_WITHDRAWN);

    private static final String DRAFT = "DRAFT";
    private static final String REVERSAL = "REVERSAL";

    private ConsistencyRules() {
    }

    /** Every mismatch of the country's facts, by proposal (those of none last), kind and object. */
    public static List<Mismatch> check(CountryFacts facts) {
        Check check = new Check(facts);
        facts.proposals().stream().sorted(Comparator.comparingLong(ProposalFact::id)).forEach(check::proposal);
        facts.lifecycles().forEach(check::lifecycle);
        facts.grants().stream().sorted(Comparator.comparingLong(GrantFact::id)).forEach(check::grant);
        facts.entries().stream().filter(e -> !check.grants.containsKey(e.grantId()))
                .forEach(e -> check.add(MismatchKind.ENTRY_OFF_TRANCHE, null, "entry " + e.id(),
                        "an entry of a grant of " + facts.country(), "grant " + e.grantId() + ", not found"));
        return check.found.stream().sorted(Comparator.comparing((Mismatch m) -> m.proposalId() == null ? Long.MAX_VALUE
                : m.proposalId()).thenComparing(Mismatch::kind).thenComparing(Mismatch::object)).toList();
    }

    /** One reading of one country. */
    private static final class Check {
        final CountryFacts facts;
        final List<Mismatch> found = new ArrayList<>();
        final Map<Long, ProposalFact> proposals;
        final Map<String, LifecycleFact> lifecycles;
        final Map<Long, GrantFact> grants;
        final Map<Long, GrantFact> grantOfProposal = new HashMap<>();
        final Map<Long, List<TrancheFact>> tranches;
        final Map<Long, List<EntryFact>> entries;
        final Map<Long, EntryFact> entriesById;
        final Map<Long, List<AmendmentFact>> amendments;
        final Map<Long, List<VersionFact>> versions;

        Check(CountryFacts facts) {
            this.facts = facts;
            proposals = byKey(facts.proposals(), ProposalFact::id);
            lifecycles = byKey(facts.lifecycles(), LifecycleFact::instanceId);
            grants = byKey(facts.grants(), GrantFact::id);
            facts.grants().stream().filter(g -> g.proposalId() != null).forEach(g -> grantOfProposal.put(g.proposalId(), g));
            tranches = facts.tranches().stream().collect(Collectors.groupingBy(TrancheFact::grantId));
            entries = facts.entries().stream().collect(Collectors.groupingBy(EntryFact::grantId));
            entriesById = byKey(facts.entries(), EntryFact::id);
            amendments = facts.amendments().stream().collect(Collectors.groupingBy(AmendmentFact::grantId));
            versions = facts.versions().stream().collect(Collectors.groupingBy(VersionFact::grantId));
        }

        void add(MismatchKind kind, Long proposalId, String object, String expected, String found) {
            this.found.add(new Mismatch(facts.country(), kind, proposalId, object, expected, found));
        }

        void proposal(ProposalFact p) {
            String object = "proposal " + p.id();
            scale(p.id(), object + " (requested amount)", p.requestedAmount(), p.currency());
            LifecycleFact lc = p.instanceId() == null ? null : lifecycles.get(p.instanceId());
            if (DRAFT.equals(p.state())) {
                if (lc != null) {
                    add(lc.running() ? MismatchKind.STATE_VS_STEP : MismatchKind.STATE_VS_END, p.id(), object,
                            "DRAFT: no lifecycle", where(lc));
                }
            } else if (lc == null) {
                String others = facts.lifecycles().stream().filter(l -> String.valueOf(p.id()).equals(l.businessKey()))
                        .map(LifecycleFact::instanceId).sorted().collect(Collectors.joining(", "));
                add(MismatchKind.LIFECYCLE_MISSING, p.id(), object, p.state() + ": a lifecycle",
                        (p.instanceId() == null ? "no lifecycle referenced" : "lifecycle " + p.instanceId()
                                + " unknown to the engine")
                                + (others.isEmpty() ? "" : "; the engine has " + others + " for this proposal"));
            } else if (lc.running()) {
                Set<String> allowed = STEPS_OF_STATE.get(p.state());
                if (allowed == null) {
                    add(MismatchKind.STATE_VS_STEP, p.id(), object, p.state() + ": ended at "
                            + END_OF_STATE.getOrDefault(p.state(), "?"), where(lc));
                } else if (lc.waiting().stream().noneMatch(allowed::contains)) {
                    add(MismatchKind.STATE_VS_STEP, p.id(), object, p.state() + ": waiting in one of "
                            + new TreeSet<>(allowed), where(lc));
                }
            } else {
                String end = END_OF_STATE.get(p.state());
                if (end == null) {
                    add(MismatchKind.STATE_VS_END, p.id(), object, p.state() + ": running, waiting in one of "
                            + new TreeSet<>(STEPS_OF_STATE.getOrDefault(p.state(), Set.of())), where(lc));
                } else if (!end.equals(lc.endEvent())) {
                    add(MismatchKind.STATE_VS_END, p.id(), object, p.state() + ": ended at " + end, where(lc));
                }
            }
            grantOf(p, lc);
        }

        /** Whether the proposal has the grant its state and lifecycle call for, and its status where the lifecycle stands. */
        private void grantOf(ProposalFact p, LifecycleFact lc) {
            GrantFact g = grantOfProposal.get(p.id());
            String object = "proposal " + p.id();
            boolean implementing = lc != null && lc.running() && lc.waiting().stream().anyMatch(IMPLEMENTATION_STEPS::contains);
            boolean needs = Set.of("DISBURSED", "CLOSED").contains(p.state()) || "APPROVED".equals(p.state()) && implementing;
            boolean may = Set.of("APPROVED", "DISBURSED", "CLOSED").contains(p.state());
            if (g == null) {
                if (needs) {
                    add(MismatchKind.GRANT_LINK, p.id(), object, p.state() + ": a grant", "no grant");
                }
                return;
            }
            if (!may) {
                add(MismatchKind.GRANT_LINK, p.id(), object, p.state() + ": no grant", "grant " + g.id());
                return;
            }
            String expected = null;
            if (lc != null && lc.running() && lc.waiting().contains(SET_TRANCHE_PLAN)) {
                expected = "AGREED";
            } else if (implementing) {
                expected = "PLANNED";
            } else if (lc != null && !lc.running() && GRANT_CLOSED.equals(lc.endEvent())) {
                expected = "CLOSED";
            }
            if (expected != null && !expected.equals(g.status())) {
                add(MismatchKind.GRANT_STATUS, p.id(), "grant " + g.id(), expected + " (" + where(lc) + ")", g.status());
            }
            long paid = entries.getOrDefault(g.id(), List.of()).stream().filter(e -> !REVERSAL.equals(e.kind())).count();
            if ("APPROVED".equals(p.state()) && paid > 0) {
                add(MismatchKind.STATE_VS_LEDGER, p.id(), object, "DISBURSED (" + paid + " disbursements recorded)",
                        "APPROVED");
            } else if ("DISBURSED".equals(p.state()) && paid == 0) {
                add(MismatchKind.STATE_VS_LEDGER, p.id(), object, "APPROVED (no disbursement recorded)", "DISBURSED");
            }
        }

        void lifecycle(LifecycleFact lc) {
            Long id = parse(lc.businessKey());
            ProposalFact p = id == null ? null : proposals.get(id);
            if (p == null) {
                add(MismatchKind.LIFECYCLE_ORPHANED, id, "lifecycle " + lc.instanceId(),
                        "a proposal " + lc.businessKey() + " of " + facts.country(), "none (" + where(lc) + ")");
            } else if (p.instanceId() != null && !p.instanceId().equals(lc.instanceId())
                    && lifecycles.containsKey(p.instanceId())) {
                add(MismatchKind.LIFECYCLE_ORPHANED, id, "lifecycle " + lc.instanceId(),
                        "only the proposal's lifecycle " + p.instanceId(), "another one (" + where(lc) + ")");
            }
        }

        void grant(GrantFact g) {
            String object = "grant " + g.id();
            ProposalFact p = g.proposalId() == null ? null : proposals.get(g.proposalId());
            if (p == null) {
                add(MismatchKind.GRANT_WITHOUT_PROPOSAL, g.proposalId(), object,
                        "a proposal of " + facts.country(), g.proposalId() == null ? "none" : "proposal "
                                + g.proposalId() + ", not found");
            }
            Long pid = g.proposalId();
            scale(pid, object + " (amount in force)", g.approvedAmount(), g.currency());
            List<AmendmentFact> approved = amendments.getOrDefault(g.id(), List.of()).stream()
                    .filter(a -> "APPROVED".equals(a.status()))
                    .sorted(Comparator.comparingInt(AmendmentFact::number)).toList();
            amendments.getOrDefault(g.id(), List.of()).stream().filter(a -> a.newAmount() != null).forEach(a ->
                    scale(pid, "amendment " + a.number() + " of " + object, a.newAmount(), g.currency()));
            if (p != null && p.requestedAmount() != null && g.approvedAmount() != null) {
                BigDecimal inForce = p.requestedAmount();
                for (AmendmentFact a : approved) {
                    if ("AMOUNT_CHANGE".equals(a.kind()) && a.newAmount() != null) {
                        inForce = a.newAmount();
                    }
                }
                if (inForce.compareTo(g.approvedAmount()) != 0) {
                    add(MismatchKind.AMOUNT_IN_FORCE, pid, object, money(inForce, g.currency()) + " (approved "
                            + money(p.requestedAmount(), g.currency()) + ", " + approved.size() + " amendments approved)",
                            money(g.approvedAmount(), g.currency()));
                }
            }
            List<VersionFact> stored = versions.getOrDefault(g.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(VersionFact::number)).toList();
            stored.forEach(v -> scale(pid, "version " + v.number() + " of " + object, v.approvedAmount(), g.currency()));
            if (!stored.isEmpty()) {
                VersionFact latest = stored.get(stored.size() - 1);
                if (stored.size() != approved.size() + 1) {
                    add(MismatchKind.AMOUNT_IN_FORCE, pid, "versions of " + object,
                            (approved.size() + 1) + " versions (" + approved.size() + " amendments approved)",
                            stored.size() + " versions");
                }
                if (g.approvedAmount() != null && latest.approvedAmount().compareTo(g.approvedAmount()) != 0) {
                    add(MismatchKind.AMOUNT_IN_FORCE, pid, "version " + latest.number() + " of " + object,
                            money(g.approvedAmount(), g.currency()) + " (the grant's amount in force)",
                            money(latest.approvedAmount(), g.currency()));
                }
            }
            ledger(g, pid, object);
        }

        private void ledger(GrantFact g, Long pid, String object) {
            List<TrancheFact> plan = tranches.getOrDefault(g.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(TrancheFact::number)).toList();
            List<EntryFact> ledger = entries.getOrDefault(g.id(), List.of()).stream()
                    .sorted(Comparator.comparingLong(EntryFact::id)).toList();
            plan.forEach(t -> scale(pid, "tranche " + t.number() + " of " + object, t.amount(), g.currency()));
            if (!plan.isEmpty() && g.approvedAmount() != null) {
                BigDecimal sum = plan.stream().map(TrancheFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(g.approvedAmount()) != 0) {
                    add(MismatchKind.PLAN_SUM, pid, object, money(g.approvedAmount(), g.currency()),
                            money(sum, g.currency()) + " in " + plan.size() + " tranches");
                }
            }
            Set<Integer> numbers = plan.stream().map(TrancheFact::number).collect(Collectors.toSet());
            Map<Long, List<Long>> reversals = new LinkedHashMap<>();
            for (EntryFact e : ledger) {
                String entry = "entry " + e.id() + " of " + object;
                scale(pid, entry, e.amount(), e.currency());
                if (e.currency() == null || !e.currency().equals(g.currency())) {
                    add(MismatchKind.WRONG_CURRENCY, pid, entry, g.currency(), String.valueOf(e.currency()));
                }
                if (e.trancheNumber() == null || !numbers.contains(e.trancheNumber())) {
                    add(MismatchKind.ENTRY_OFF_TRANCHE, pid, entry, numbers.isEmpty() ? "a tranche plan"
                                    : "one of tranches " + new TreeSet<>(numbers),
                            e.trancheNumber() == null ? "no tranche" : "tranche " + e.trancheNumber());
                }
                if (REVERSAL.equals(e.kind())) {
                    reversal(g, pid, entry, e);
                    if (e.reversesId() != null) {
                        reversals.computeIfAbsent(e.reversesId(), k -> new ArrayList<>()).add(e.id());
                    }
                }
            }
            reversals.forEach((original, by) -> {
                if (by.size() > 1) {
                    add(MismatchKind.REVERSED_TWICE, pid, "entry " + original + " of " + object, "reversed at most once",
                            "reversed by entries " + by);
                }
            });
            for (TrancheFact t : plan) {
                BigDecimal net = sum(ledger.stream().filter(e -> Integer.valueOf(t.number()).equals(e.trancheNumber())).toList());
                if (net.compareTo(t.amount()) > 0) {
                    add(MismatchKind.TRANCHE_OVERDRAWN, pid, "tranche " + t.number() + " of " + object,
                            "at most " + money(t.amount(), g.currency()), money(net, g.currency()) + " disbursed");
                }
            }
            BigDecimal total = sum(ledger);
            if (g.approvedAmount() != null && total.compareTo(g.approvedAmount()) > 0) {
                add(MismatchKind.GRANT_OVERDRAWN, pid, object, "at most " + money(g.approvedAmount(), g.currency()),
                        money(total, g.currency()) + " disbursed");
            }
        }

        private void reversal(GrantFact g, Long pid, String entry, EntryFact r) {
            EntryFact original = r.reversesId() == null ? null : entriesById.get(r.reversesId());
            if (original == null || original.grantId() != g.id() || REVERSAL.equals(original.kind())) {
                add(MismatchKind.REVERSAL_OF_NOTHING, pid, entry, "the reversal of a disbursement of " + "grant " + g.id(),
                        r.reversesId() == null ? "reverses nothing" : original == null
                                ? "entry " + r.reversesId() + ", not found"
                                : "entry " + original.id() + ", a " + original.kind() + " of grant " + original.grantId());
            } else if (original.amount() != null && r.amount() != null
                    && r.amount().compareTo(original.amount().negate()) != 0) {
                add(MismatchKind.REVERSAL_AMOUNT, pid, entry, money(original.amount().negate(), g.currency()),
                        money(r.amount(), g.currency()));
            }
        }

        private void scale(Long pid, String object, BigDecimal amount, String currency) {
            if (amount == null) {
                return;
            }
            Integer digits = scaleOf(currency);
            if (digits == null) {
                add(MismatchKind.WRONG_SCALE, pid, object, "a known currency", String.valueOf(currency));
            } else if (amount.stripTrailingZeros().scale() > digits) {
                add(MismatchKind.WRONG_SCALE, pid, object, "at most " + digits + " decimals in " + currency,
                        amount.stripTrailingZeros().toPlainString() + " " + currency);
            }
        }
    }

    /** Where a lifecycle stands, in words: running with its waiting steps, or the end event it ended at. */
    static String where(LifecycleFact lc) {
        if (lc == null) {
            return "no lifecycle";
        }
        if (lc.running()) {
            return lc.waiting().isEmpty() ? "running, waiting in no step" : "running, waiting in " + new TreeSet<>(lc.waiting());
        }
        return lc.endEvent() == null ? "ended at no end event" : "ended at " + lc.endEvent();
    }

    /** An amount with its currency, at the currency's scale when it has no more decimals. */
    static String money(BigDecimal amount, String currency) {
        Integer digits = scaleOf(currency);
        String plain = digits != null && amount.stripTrailingZeros().scale() <= digits
                ? amount.setScale(digits).toPlainString() : amount.stripTrailingZeros().toPlainString();
        return plain + " " + currency;
    }

    private static BigDecimal sum(Collection<EntryFact> entries) {
        return entries.stream().map(EntryFact::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Integer scaleOf(String currency) {
        try {
            return currency == null ? null : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parse(String key) {
        try {
            return key == null ? null : Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new HashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
