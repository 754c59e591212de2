package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.application.TranchePlanPayload;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.review.application.ReviewScoring;

/** The API's JSON binding (Yasson, as Payara runs it) with the bounds on numbers. */
class StrictNumbersTest {

    private static final String SCORES = "{\"relevance\":%s,\"scalability\":4,\"localOwnership\":4,"
            + "\"genderResponsiveness\":4,\"sustainability\":4,\"budgetRealism\":4,\"recommendation\":\"FUND\"}";

    @Test
    void aScoreBeyondTheIntRangeIsRefusedInsteadOfWrappedToFour() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson(SCORES.formatted("4294967300"), ReviewScoring.class))
                .rootCause().isInstanceOf(StrictNumbers.BadNumber.class)
                .hasMessage("A whole number must lie between -2147483648 and 2147483647");
        assertThat(StrictJson.jsonb().fromJson(SCORES.formatted("4"), ReviewScoring.class).relevance()).isEqualTo(4);
    }

    @Test
    void aPercentageWithAHugeExponentIsRefusedAtOnce() {
        String plan = "{\"modality\":\"DIRECT_PAYMENT\",\"percentages\":[%s]}";
        for (String huge : List.of("1e1000000000", "1e100000", "1" + "0".repeat(100_000))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> StrictJson.jsonb().fromJson(plan.formatted(huge), TranchePlanPayload.class))
                    .rootCause().isInstanceOf(StrictNumbers.BadNumber.class)
                    .hasMessage("A number is written with digits, at most 18 before the decimal point and 6 after it");
            assertThat(System.nanoTime() - start).as("nanoseconds to refuse it").isLessThan(2_000_000_000L);
        }
        assertThat(StrictJson.jsonb().fromJson(plan.formatted("60, 40.5"), TranchePlanPayload.class)
                .percentages()).containsExactly(new BigDecimal("60"), new BigDecimal("40.5"));
    }

    @Test
    void numbersInsideCollectionsAndNestedObjectsAreBoundedToo() {
        String draft = "{\"title\":\"t\",\"sector\":\"HEALTH\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":1,"
                + "\"profile\":{\"outcomes\":[%s],\"coFinancing\":%s}}";
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson(draft.formatted("4294967297", "0"), ProposalDraft.class))
                .rootCause().isInstanceOf(StrictNumbers.BadNumber.class);
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson(draft.formatted("1", "0.0000001"), ProposalDraft.class))
                .rootCause().isInstanceOf(StrictNumbers.BadNumber.class).hasMessage("A number may have at most 6 decimals");
        ProposalDraft fine = StrictJson.jsonb().fromJson(draft.formatted("1, 3", "12.5"), ProposalDraft.class);
        assertThat(fine.profile().outcomes()).isEqualTo(Set.of(1, 3));
        assertThat(fine.profile().coFinancing()).isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void aNumberThatIsNoNumberIsStillABadBody() {
        assertThatThrownBy(() -> StrictJson.jsonb().fromJson(SCORES.formatted("{}"), ReviewScoring.class))
                .isInstanceOf(JsonbException.class);
        assertThat(StrictJson.jsonb().fromJson(SCORES.formatted("null"), ReviewScoring.class).relevance()).isNull();
    }
}
