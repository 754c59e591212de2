package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.MemberRole;

class VisibilityTest {

    /** Every part a member of Nepal can play towards one proposal of np.applicant. */
    private static final Map<String, Visibility> VIEWERS = new LinkedHashMap<>();

    static {
        VIEWERS.put("owner", new Visibility("np.applicant", Set.of(Role.APPLICANT), true, false));
        VIEWERS.put("applicant2", new Visibility("np.applicant2", Set.of(Role.APPLICANT), false, false));
        VIEWERS.put("focal", new Visibility("np.focal", Set.of(Role.NATIONAL_FOCAL_POINT), false, false));
        VIEWERS.put("coordinator", new Visibility("np.coordinator", Set.of(Role.COORDINATOR), false, false));
        VIEWERS.put("pmu", new Visibility("pmu", Set.of(Role.PMU), false, false));
        VIEWERS.put("observer", new Visibility("observer", Set.of(Role.OBSERVER), false, false));
        VIEWERS.put("finance", new Visibility("np.finance", Set.of(Role.FINANCE), false, false));
        VIEWERS.put("admin", new Visibility("np.admin", Set.of(Role.TENANT_ADMIN), false, false));
        VIEWERS.put("undeclared", new Visibility("np.reviewer.undp2", Set.of(Role.REVIEWER), false, false));
        VIEWERS.put("cleared", new Visibility("np.reviewer.undp2", Set.of(Role.REVIEWER), false, true));
        VIEWERS.put("coapplicant", new Visibility("np.applicant2", Set.of(Role.APPLICANT), false, false,
                MemberRole.CO_APPLICANT));
        VIEWERS.put("viewer", new Visibility("np.applicant3", Set.of(Role.APPLICANT), false, false, MemberRole.VIEWER));
    }

    /** Who sees an entry of each kind written by somebody else, before both reviews are in. */
    private static final Map<HistoryKind, String> SEEN_BY = new EnumMap<>(Map.of(
            HistoryKind.PROPOSAL, "owner applicant2 focal coordinator pmu observer finance admin cleared coapplicant viewer",
            HistoryKind.ENDORSEMENT, "owner focal coordinator pmu observer coapplicant viewer",
            HistoryKind.DECISION, "owner coordinator pmu observer finance coapplicant viewer",
            HistoryKind.CONFLICT_DECLARATION, "coordinator pmu observer",
            HistoryKind.REVIEW_SCORE, "coordinator pmu observer",
            HistoryKind.REVIEW_RESULT, "coordinator pmu observer cleared",
            HistoryKind.FOLLOW_UP, "coordinator pmu observer",
            HistoryKind.GRANT, "owner coordinator pmu observer finance coapplicant viewer",
            HistoryKind.REPORT, "owner coordinator pmu observer finance coapplicant viewer",
            HistoryKind.OTHER, "coordinator pmu observer"));

    @ParameterizedTest
    @EnumSource(HistoryKind.class)
    void eachRoleSeesAHistoryEntryOfAKindOnlyIfTheTableSaysSo(HistoryKind kind) {
        assertThat(SEEN_BY).containsKey(kind);
        List<String> seeing = VIEWERS.entrySet().stream()
                .filter(v -> v.getValue().sees(kind, "someone.else", false)).map(Map.Entry::getKey).toList();
        assertThat(seeing).containsExactlyElementsOf(Arrays.asList(SEEN_BY.get(kind).split(" ")));
    }

    @Test
    void aClearedReviewerSeesTheirOwnDeclarationAndScoreAndTheOthersScoreOnlyOnceBothAreIn() {
        Visibility cleared = VIEWERS.get("cleared");
        assertThat(cleared.sees(HistoryKind.CONFLICT_DECLARATION, "np.reviewer.undp2", false)).isTrue();
        assertThat(cleared.sees(HistoryKind.REVIEW_SCORE, "np.reviewer.undp2", false)).isTrue();
        assertThat(cleared.sees(HistoryKind.REVIEW_SCORE, "np.reviewer.iom", false)).isFalse();
        assertThat(cleared.sees(HistoryKind.REVIEW_SCORE, "np.reviewer.iom", true)).isTrue();
        assertThat(cleared.sees(HistoryKind.CONFLICT_DECLARATION, "np.reviewer.iom", true))
                .as("another reviewer's declaration is theirs alone").isFalse();
    }

    @Test
    void aReviewerNotClearedSeesNothingNotEvenTheirOwnDeclaration() {
        Visibility conflicted = VIEWERS.get("undeclared");
        for (HistoryKind kind : HistoryKind.values()) {
            assertThat(conflicted.sees(kind, "np.reviewer.undp2", true)).as(kind.name()).isFalse();
        }
    }

    @Test
    void readersOfTheProposalTheDiagramTheGrantAndTheReviews() {
        assertThat(readers(Visibility::readsProposal))
                .containsExactly("owner", "applicant2", "focal", "coordinator", "pmu", "observer", "finance", "admin",
                        "cleared", "coapplicant", "viewer");
        assertThat(readers(Visibility::readsDiagram)).isEqualTo(readers(Visibility::readsProposal));
        assertThat(readers(Visibility::readsGrant))
                .containsExactly("owner", "coordinator", "pmu", "observer", "finance", "coapplicant", "viewer");
        assertThat(readers(Visibility::readsReviews)).containsExactly("coordinator", "pmu", "observer", "cleared");
        assertThat(readers(Visibility::readsReleaseBlocks)).as("an open finding may come from another grant of the partner")
                .containsExactly("coordinator", "pmu", "observer", "finance");
    }

    @Test
    void theCreatorAndCoApplicantsEditTheCreatorAloneSubmitsAndAmendsTheGrant() {
        assertThat(readers(Visibility::editsProposal)).containsExactly("owner", "coapplicant");
        assertThat(readers(Visibility::submitsProposal)).containsExactly("owner");
        assertThat(readers(Visibility::amendsGrant)).containsExactly("owner", "coordinator");
        assertThat(new Visibility("np.admin", Set.of(Role.TENANT_ADMIN), false, false, MemberRole.CO_APPLICANT)
                .editsProposal()).as("invited, but no longer an applicant").isFalse();
    }

    @Test
    void aReviewersReviewIsSeenByThemAndTheOverseersTheOtherAgencysOnlyOnceTheRoundIsComplete() {
        assertThat(VIEWERS.entrySet().stream().filter(v -> v.getValue().seesReview("np.reviewer.iom", false))
                .map(Map.Entry::getKey)).containsExactly("coordinator", "pmu", "observer");
        assertThat(VIEWERS.entrySet().stream().filter(v -> v.getValue().seesReview("np.reviewer.iom", true))
                .map(Map.Entry::getKey)).containsExactly("coordinator", "pmu", "observer", "cleared");
        assertThat(VIEWERS.get("cleared").seesReview("np.reviewer.undp2", false)).isTrue();
    }

    @Test
    void aUserWithSeveralRolesSeesWhatAnyOfThemSees() {
        Visibility both = new Visibility("np.reviewer.undp", Set.of(Role.REVIEWER, Role.FINANCE), false, false);
        assertThat(both.readsProposal()).isTrue();
        assertThat(both.readsGrant()).isTrue();
        assertThat(both.sees(HistoryKind.REVIEW_SCORE, "np.reviewer.iom", true)).as("not cleared as a reviewer").isFalse();
        assertThat(new Visibility("np.finance", Set.of(Role.FINANCE), true, false).readsGrant()).isTrue();
        assertThat(new Visibility("np.admin", Set.of(Role.TENANT_ADMIN), true, false).readsGrant())
                .as("owning without the applicant role").isFalse();
    }

    @Test
    void theHistoryShowsTheOtherAgencysScoreOnlyAfterTheRoundsResult() {
        List<AuditEntry> history = new ArrayList<>(List.of(
                entry("np.applicant", "SUBMITTED"),
                entry("np.reviewer.iom", "NO_CONFLICT_DECLARED"),
                entry("np.reviewer.iom", "REVIEW_SCORED"),
                entry("np.reviewer.undp", "CONFLICT_DECLARED"),
                entry("np.reviewer.undp2", "NO_CONFLICT_DECLARED")));
        Visibility cleared = VIEWERS.get("cleared");
        assertThat(actions(cleared.history(history))).containsExactly("np.applicant SUBMITTED",
                "np.reviewer.undp2 NO_CONFLICT_DECLARED");

        history.add(entry("np.reviewer.undp2", "REVIEW_SCORED"));
        history.add(entry("system", "REVIEWS_COMPLETE"));
        history.add(entry("np.reviewer.iom", "REVIEW_SCORED"));
        assertThat(actions(cleared.history(history))).as("the next round's score waits for its own result")
                .containsExactly("np.applicant SUBMITTED", "np.reviewer.iom REVIEW_SCORED",
                        "np.reviewer.undp2 NO_CONFLICT_DECLARED", "np.reviewer.undp2 REVIEW_SCORED",
                        "system REVIEWS_COMPLETE");
        assertThat(actions(VIEWERS.get("owner").history(history))).containsExactly("np.applicant SUBMITTED");
        assertThat(VIEWERS.get("coordinator").history(history)).hasSize(history.size());
    }

    @Test
    void everyActionBelongsToOneKindAndAnUnknownOneToOther() {
        List<String> actions = Arrays.stream(HistoryKind.values()).flatMap(k -> k.actions().stream()).toList();
        assertThat(actions).doesNotHaveDuplicates();
        actions.forEach(action -> assertThat(HistoryKind.of(action).actions()).contains(action));
        assertThat(HistoryKind.of("SOMETHING_NEW")).isEqualTo(HistoryKind.OTHER);
    }

    private static List<String> readers(java.util.function.Predicate<Visibility> rule) {
        return VIEWERS.entrySet().stream().filter(v -> rule.test(v.getValue())).map(Map.Entry::getKey).toList();
    }

    private static AuditEntry entry(String actor, String action) {
        return new AuditEntry(Instant.now(), actor, action, ProposalService.SUBJECT, 1L, null, null, null);
    }

    private static List<String> actions(List<AuditEntry> entries) {
        return entries.stream().map(e -> e.actor() + " " + e.action()).collect(Collectors.toList());
    }
}
