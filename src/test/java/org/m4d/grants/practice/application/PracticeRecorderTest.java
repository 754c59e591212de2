package org.m4d.grants.practice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.application.ClosingLessons;
import org.m4d.grants.grant.application.Ledgers;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.practice.domain.Practice;
import org.m4d.grants.practice.domain.PracticeRepository;
import org.m4d.grants.proposal.application.Proposals;

/**
 * A closing grant's lessons become an unpublished practice of its proposal, its applicant's to
 * publish, and the step tells that it awaits their consent.
 */
class PracticeRecorderTest {

    @Test
    void theLessonsOfAClosingGrantBecomeAnUnpublishedPracticeOfItsProposalAwaitingItsApplicantsConsent() {
        TenantContext context = new TenantContext();
        Proposals proposals = new Proposals();
        proposals.approved(5);
        List<Practice> stored = new ArrayList<>();
        List<PracticeAwaitingConsent> awaiting = new ArrayList<>();
        PracticeRecorder recorder = new PracticeRecorder();
        recorder.proposals = proposals.service();
        recorder.context = context;
        recorder.awaiting = new FiredEvents<>(awaiting::add);
        recorder.practices = new PracticeRepository() {
            @Override
            public Optional<Practice> find(long id) {
                return Optional.empty();
            }

            @Override
            public Optional<Practice> byProposal(long proposalId) {
                return Optional.empty();
            }

            @Override
            public List<Practice> published() {
                return List.of();
            }

            @Override
            public List<Practice> all() {
                return List.of();
            }

            @Override
            public void store(Practice practice) {
                stored.add(Ledgers.withId(practice, 21));
            }
        };
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        try (TenantContext.Scope nepal = context.enter("NP")) {
            recorder.record(new ClosingLessons.ClosedGrant(5, "A one-stop desk", "Start with the municipality", 300,
                    List.of(new ClosingLessons.Result("Returnees certified", new BigDecimal("120"))), "np.coordinator", at));
        }

        assertThat(stored).hasSize(1);
        Practice practice = stored.get(0);
        assertThat(practice.proposalId()).isEqualTo(5);
        assertThat(practice.title()).isEqualTo("Skills recognition for returnees");
        assertThat(practice.sector()).isEqualTo("EMPLOYMENT");
        assertThat(practice.applicant()).isEqualTo("np.applicant");
        assertThat(practice.summary()).isEqualTo("A one-stop desk");
        assertThat(practice.lessons()).isEqualTo("Start with the municipality");
        assertThat(practice.beneficiariesReached()).isEqualTo(300);
        assertThat(practice.results()).extracting(r -> r.indicator() + "=" + r.actual().toPlainString())
                .containsExactly("Returnees certified=120");
        assertThat(practice.closedBy()).isEqualTo("np.coordinator");
        assertThat(practice.closedAt()).isEqualTo(at);
        assertThat(practice.published()).isFalse();
        assertThat(awaiting).containsExactly(new PracticeAwaitingConsent("NP", 5, 21, "np.applicant", "np.coordinator"));
    }
}
