package org.m4d.grants.operations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.m4d.grants.operations.domain.CountryFacts.AmendmentFact;
import org.m4d.grants.operations.domain.CountryFacts.EntryFact;
import org.m4d.grants.operations.domain.CountryFacts.GrantFact;
import org.m4d.grants.operations.domain.CountryFacts.LifecycleFact;
import org.m4d.grants.operations.domain.CountryFacts.ProposalFact;
import org.m4d.grants.operations.domain.CountryFacts.TrancheFact;
import org.m4d.grants.operations.domain.CountryFacts.VersionFact;

/**
 * The consistency rules on a clean Nepali country (a draft, a submitted proposal, a disbursed grant
 * amended from 800 to 1,000 with a reversal in its ledger, a closed grant, a withdrawn proposal, an
 * approval whose agreement job waits, a grant waiting for its tranche plan), then with one fact
 * broken at a time: each break is named exactly, and nothing else.
 */
class ConsistencyRulesTest {

    private static final String NP = "NP";

    private List<ProposalFact> proposals = new ArrayList<>(List.of(
            new ProposalFact(1, "DRAFT", null, amount("500"), "NPR"),
            new ProposalFact(2, "SUBMITTED", "i2", amount("700"), "NPR"),
            new ProposalFact(3, "DISBURSED", "i3", amount("800"), "NPR"),
            new ProposalFact(4, "CLOSED", "i4", amount("500"), "NPR"),
            new ProposalFact(5, "WITHDRAWN", "i5", amount("900"), "NPR"),
            new ProposalFact(6, "APPROVED", "i6", amount("200"), "NPR"),
            new ProposalFact(7, "APPROVED", "i7", amount("300"), "NPR")));
    private List<LifecycleFact> lifecycles = new ArrayList<>(List.of(
            running("i2", "2", "screenEligibility"),
            running("i3", "3", "releaseTranche", "followUpOverdueReport"),
            new LifecycleFact("i4", "4", false, Set.of(), "grantClosed"),
            new LifecycleFact("i5", "5", false, Set.of(), "proposalWithdrawn"),
            running("i6", "6", "createGrantAgreement"),
            running("i7", "7", "setTranchePlan")));
    private List<GrantFact> grants = new ArrayList<>(List.of(
            new GrantFact(30, 3L, "PLANNED", amount("1000"), "NPR"),
            new GrantFact(40, 4L, "CLOSED", amount("500"), "NPR"),
            new GrantFact(70, 7L, "AGREED", amount("300"), "NPR")));
    private List<TrancheFact> tranches = new ArrayList<>(List.of(
            new TrancheFact(31, 30, 1, "RELEASED", amount("600")),
            new TrancheFact(32, 30, 2, "OPEN", amount("400")),
            new TrancheFact(41, 40, 1, "RELEASED", amount("500"))));
    private List<EntryFact> entries = new ArrayList<>(List.of(
            new EntryFact(1, 30, "DISBURSEMENT", amount("600"), "NPR", 1, null),
            new EntryFact(2, 30, "DISBURSEMENT", amount("100"), "NPR", 2, null),
            new EntryFact(3, 30, "REVERSAL", amount("-100"), "NPR", 2, 2L),
            new EntryFact(4, 30, "DISBURSEMENT", amount("100"), "NPR", 2, null),
            new EntryFact(5, 40, "DISBURSEMENT", amount("500"), "NPR", 1, null)));
    private List<AmendmentFact> amendments = new ArrayList<>(List.of(
            new AmendmentFact(35, 30, 1, "AMOUNT_CHANGE", "APPROVED", amount("1000")),
            new AmendmentFact(38, 30, 2, "AMOUNT_CHANGE", "REJECTED", amount("5000"))));
    private List<VersionFact> versions = new ArrayList<>(List.of(
            new VersionFact(36, 30, 1, amount("800"), null),
            new VersionFact(37, 30, 2, amount("1000"), 35L)));

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(3);
    }

    private static LifecycleFact running(String id, String key, String... waiting) {
        return new LifecycleFact(id, key, true, Set.of(waiting), null);
    }

    private List<Mismatch> check() {
        return ConsistencyRules.check(new CountryFacts(NP, proposals, lifecycles, grants, tranches, entries, amendments,
                versions));
    }

    private static <T> void replace(List<T> list, int index, UnaryOperator<T> change) {
        list.set(index, change.apply(list.get(index)));
    }

    private static Mismatch mismatch(MismatchKind kind, Long proposalId, String object, String expected, String found) {
        return new Mismatch(NP, kind, proposalId, object, expected, found);
    }

    @Test
    void aCleanCountryHasNoMismatch() {
        assertThat(check()).isEmpty();
    }

    @Test
    void aProposalWhoseLifecycleIsNotReferencedIsMissingIt() {
        replace(proposals, 1, p -> new ProposalFact(2, "SUBMITTED", null, p.requestedAmount(), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.LIFECYCLE_MISSING, 2L, "proposal 2",
                "SUBMITTED: a lifecycle", "no lifecycle referenced; the engine has i2 for this proposal"));
    }

    @Test
    void aLifecycleUnknownToTheEngineIsMissing() {
        lifecycles.remove(1);
        assertThat(check()).containsExactly(mismatch(MismatchKind.LIFECYCLE_MISSING, 3L, "proposal 3",
                "DISBURSED: a lifecycle", "lifecycle i3 unknown to the engine"));
    }

    @Test
    void aLifecycleOfNoProposalIsOrphaned() {
        lifecycles.add(running("i9", "99", "screenEligibility"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.LIFECYCLE_ORPHANED, 99L, "lifecycle i9",
                "a proposal 99 of NP", "none (running, waiting in [screenEligibility])"));
    }

    @Test
    void aStateTheWaitingStepDoesNotAllowIsNamedWithBoth() {
        replace(proposals, 1, p -> new ProposalFact(2, "UNDER_REVIEW", "i2", p.requestedAmount(), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.STATE_VS_STEP, 2L, "proposal 2",
                "UNDER_REVIEW: waiting in one of [declareConflictOfInterest, handleOverdueReview, scoreProposal]",
                "running, waiting in [screenEligibility]"));
    }

    @Test
    void aFinalStateWithARunningLifecycle() {
        replace(proposals, 1, p -> new ProposalFact(2, "REJECTED", "i2", p.requestedAmount(), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.STATE_VS_STEP, 2L, "proposal 2",
                "REJECTED: ended at proposalRejected", "running, waiting in [screenEligibility]"));
    }

    @Test
    void aFinalStateAndAnotherEndEvent() {
        replace(proposals, 4, p -> new ProposalFact(5, "REJECTED", "i5", p.requestedAmount(), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.STATE_VS_END, 5L, "proposal 5",
                "REJECTED: ended at proposalRejected", "ended at proposalWithdrawn"));
    }

    @Test
    void aRunningStateWithAnEndedLifecycle() {
        replace(lifecycles, 0, l -> new LifecycleFact("i2", "2", false, Set.of(), null));
        assertThat(check()).containsExactly(mismatch(MismatchKind.STATE_VS_END, 2L, "proposal 2",
                "SUBMITTED: running, waiting in one of [nationalEndorsement, screenEligibility]",
                "ended at no end event"));
    }

    @Test
    void aGrantOfNoProposal() {
        grants.add(new GrantFact(80, 88L, "AGREED", amount("100"), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.GRANT_WITHOUT_PROPOSAL, 88L, "grant 80",
                "a proposal of NP", "proposal 88, not found"));
    }

    @Test
    void anImplementationWithoutItsGrantAndAGrantOfAnUndecidedProposal() {
        replace(lifecycles, 4, l -> running("i6", "6", "setTranchePlan"));
        grants.add(new GrantFact(20, 2L, "AGREED", amount("700"), "NPR"));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.GRANT_LINK, 2L, "proposal 2", "SUBMITTED: no grant", "grant 20"),
                mismatch(MismatchKind.GRANT_LINK, 6L, "proposal 6", "APPROVED: a grant", "no grant"));
    }

    @Test
    void aGrantStatusTheLifecycleDoesNotStandAt() {
        replace(grants, 2, g -> new GrantFact(70, 7L, "PLANNED", g.approvedAmount(), "NPR"));
        replace(grants, 1, g -> new GrantFact(40, 4L, "PLANNED", g.approvedAmount(), "NPR"));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.GRANT_STATUS, 4L, "grant 40", "CLOSED (ended at grantClosed)", "PLANNED"),
                mismatch(MismatchKind.GRANT_STATUS, 7L, "grant 70", "AGREED (running, waiting in [setTranchePlan])",
                        "PLANNED"));
    }

    @Test
    void anApprovedProposalWithDisbursements() {
        replace(proposals, 2, p -> new ProposalFact(3, "APPROVED", "i3", p.requestedAmount(), "NPR"));
        assertThat(check()).containsExactly(mismatch(MismatchKind.STATE_VS_LEDGER, 3L, "proposal 3",
                "DISBURSED (3 disbursements recorded)", "APPROVED"));
    }

    @Test
    void theAmountInForceIsTheApprovedAmountWithTheApprovedAmendments() {
        replace(amendments, 0, a -> new AmendmentFact(35, 30, 1, "AMOUNT_CHANGE", "APPROVED", amount("1100")));
        assertThat(check()).containsExactly(mismatch(MismatchKind.AMOUNT_IN_FORCE, 3L, "grant 30",
                "1100.00 NPR (approved 800.00 NPR, 1 amendments approved)", "1000.00 NPR"));
    }

    @Test
    void theLatestVersionCarriesTheAmountInForce() {
        replace(versions, 1, v -> new VersionFact(37, 30, 2, amount("950"), 35L));
        assertThat(check()).containsExactly(mismatch(MismatchKind.AMOUNT_IN_FORCE, 3L, "version 2 of grant 30",
                "1000.00 NPR (the grant's amount in force)", "950.00 NPR"));
    }

    @Test
    void tranchesThatDoNotAddUpToTheGrant() {
        replace(tranches, 1, t -> new TrancheFact(32, 30, 2, "OPEN", amount("300")));
        assertThat(check()).containsExactly(mismatch(MismatchKind.PLAN_SUM, 3L, "grant 30", "1000.00 NPR",
                "900.00 NPR in 2 tranches"));
    }

    @Test
    void anOverdrawnTranche() {
        replace(tranches, 0, t -> new TrancheFact(31, 30, 1, "RELEASED", amount("500")));
        replace(tranches, 1, t -> new TrancheFact(32, 30, 2, "OPEN", amount("500")));
        assertThat(check()).containsExactly(mismatch(MismatchKind.TRANCHE_OVERDRAWN, 3L, "tranche 1 of grant 30",
                "at most 500.00 NPR", "600.00 NPR disbursed"));
    }

    @Test
    void anOverdrawnGrantAndItsTranche() {
        entries.add(new EntryFact(6, 30, "DISBURSEMENT", amount("301"), "NPR", 2, null));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.TRANCHE_OVERDRAWN, 3L, "tranche 2 of grant 30", "at most 400.00 NPR",
                        "401.00 NPR disbursed"),
                mismatch(MismatchKind.GRANT_OVERDRAWN, 3L, "grant 30", "at most 1000.00 NPR", "1001.00 NPR disbursed"));
    }

    @Test
    void anEntryOnNoTrancheOfItsGrant() {
        replace(entries, 3, e -> new EntryFact(4, 30, "DISBURSEMENT", e.amount(), "NPR", 3, null));
        entries.add(new EntryFact(9, 99, "DISBURSEMENT", amount("1"), "NPR", 1, null));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.ENTRY_OFF_TRANCHE, 3L, "entry 4 of grant 30", "one of tranches [1, 2]", "tranche 3"),
                mismatch(MismatchKind.ENTRY_OFF_TRANCHE, null, "entry 9", "an entry of a grant of NP",
                        "grant 99, not found"));
    }

    @Test
    void anEntryInAnotherCurrency() {
        replace(entries, 3, e -> new EntryFact(4, 30, "DISBURSEMENT", e.amount(), "USD", 2, null));
        assertThat(check()).containsExactly(mismatch(MismatchKind.WRONG_CURRENCY, 3L, "entry 4 of grant 30", "NPR", "USD"));
    }

    @Test
    void amountsWithMoreDecimalsThanTheirCurrency() {
        replace(entries, 3, e -> new EntryFact(4, 30, "DISBURSEMENT", new BigDecimal("100.005"), "NPR", 2, null));
        proposals.add(new ProposalFact(8, "DRAFT", null, new BigDecimal("1000.500"), "XOF"));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.WRONG_SCALE, 3L, "entry 4 of grant 30", "at most 2 decimals in NPR", "100.005 NPR"),
                mismatch(MismatchKind.WRONG_SCALE, 8L, "proposal 8 (requested amount)", "at most 0 decimals in XOF",
                        "1000.5 XOF"));
    }

    @Test
    void aReversalOfNothingAndOfAReversal() {
        replace(entries, 2, e -> new EntryFact(3, 30, "REVERSAL", e.amount(), "NPR", 2, null));
        entries.add(new EntryFact(6, 30, "REVERSAL", amount("100"), "NPR", 2, 3L));
        assertThat(check()).containsExactly(
                mismatch(MismatchKind.REVERSAL_OF_NOTHING, 3L, "entry 3 of grant 30",
                        "the reversal of a disbursement of grant 30", "reverses nothing"),
                mismatch(MismatchKind.REVERSAL_OF_NOTHING, 3L, "entry 6 of grant 30",
                        "the reversal of a disbursement of grant 30", "entry 3, a REVERSAL of grant 30"));
    }

    @Test
    void aReversalOfAnotherAmount() {
        replace(entries, 2, e -> new EntryFact(3, 30, "REVERSAL", amount("-90"), "NPR", 2, 2L));
        assertThat(check()).containsExactly(mismatch(MismatchKind.REVERSAL_AMOUNT, 3L, "entry 3 of grant 30",
                "-100.00 NPR", "-90.00 NPR"));
    }

    @Test
    void anEntryReversedTwice() {
        entries.add(new EntryFact(6, 30, "REVERSAL", amount("-100"), "NPR", 2, 2L));
        assertThat(check()).containsExactly(mismatch(MismatchKind.REVERSED_TWICE, 3L, "entry 2 of grant 30",
                "reversed at most once", "reversed by entries [3, 6]"));
    }

    @Test
    void everyStepAndEndEventTheRulesNameIsInTheModels() throws IOException {
        String models = Files.readString(Path.of("bpmn/grant-lifecycle.bpmn"))
                + Files.readString(Path.of("bpmn/grant-implementation.bpmn"));
        Set<String> named = new HashSet<>(ConsistencyRules.IMPLEMENTATION_STEPS);
        ConsistencyRules.STEPS_OF_STATE.values().forEach(named::addAll);
        named.addAll(ConsistencyRules.END_OF_STATE.values());
        assertThat(named).hasSize(24).allSatisfy(id -> assertThat(models).contains("id=\"" + id + "\""));
    }

    /** A user task added to a model without a state that allows it would be a mismatch on every proposal waiting in it. */
    @Test
    void everyUserTaskOfTheModelsIsAStepSomeStateWaitsIn() throws IOException {
        Set<String> allowed = new HashSet<>();
        ConsistencyRules.STEPS_OF_STATE.values().forEach(allowed::addAll);
        for (String model : List.of("bpmn/grant-lifecycle.bpmn", "bpmn/grant-implementation.bpmn")) {
            java.util.regex.Matcher task = java.util.regex.Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"")
                    .matcher(Files.readString(Path.of(model)));
            int found = 0;
            while (task.find()) {
                found++;
                assertThat(allowed).as(model).contains(task.group(1));
            }
            assertThat(found).as(model).isPositive();
        }
    }
}
