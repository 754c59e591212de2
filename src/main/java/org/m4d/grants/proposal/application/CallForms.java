package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.CallCatalogue;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.proposal.domain.AnswerRepository;
import org.m4d.grants.proposal.domain.AttachmentRepository;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalAnswer;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.FormRules;

/**
 * The form a proposal fills (ADR 34): its call's sections, all of them or, for a request under the
 * call's threshold as the form-length table decides, those of the short form; and what the form
 * requires before the proposal is submitted. No access check: the use cases calling it check.
 */
@ApplicationScoped
public class CallForms {

    @Inject
    CallCatalogue calls;

    @Inject
    FormRules rules;

    @Inject
    UsdRates usdRates;

    @Inject
    TenantRepository tenants;

    @Inject
    AnswerRepository answers;

    @Inject
    TenantContext context;

    @Inject
    AttachmentRepository attachments;

    /** Today, for a draft's amount in dollars; a test fixes it. */
    Clock clock = Clock.systemUTC();

    /** What a proposal's form asks: whether it is the short form, its sections in order and the files it requires. */
    public record Form(boolean shortForm, List<CallSection> sections, int filesRequired) {
        /** Whether the proposal's call asks sections at all (the calls opened before forms do not). */
        public boolean asksSections() {
            return !sections.isEmpty();
        }

        public java.util.Optional<CallSection> section(String code) {
            return sections.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    /**
     * The proposal's form: decided on its amount in dollars at the rate recorded at submission, or
     * for a draft at today's rate (no rate yet: the full form).
     */
    public Form form(Proposal proposal) {
        Call call = call(proposal);
        boolean shortForm = call.shortFormUnderUsd().isPresent() && amountUsd(proposal) != null
                && rules.shortForm(amountUsd(proposal), call.shortFormUnderUsd().get());
        return new Form(shortForm, call.sections(shortForm), call.filesRequired(shortForm));
    }

    /**
     * Refuses to submit (422) a proposal whose form lacks the answer to a required section (naming
     * them all) or a file it requires; a proposal of a call without sections or files passes as before.
     */
    public void requireComplete(Proposal proposal) {
        Form form = form(proposal);
        Map<String, ProposalAnswer> current = ProposalAnswer.asOf(answers.ofProposal(proposal.id()),
                proposal.currentRound());
        List<String> missing = form.sections().stream().filter(CallSection::required)
                .filter(s -> current.get(s.code()) == null || !current.get(s.code()).given())
                .map(s -> s.code() + " (" + s.question().en() + ")").toList();
        if (!missing.isEmpty()) {
            throw new DomainException("Answer the required sections before submitting: " + String.join("; ", missing))
                    .withKey("error.answer.requiredMissing", String.join("; ", missing));
        }
        int files = attachments.ofProposal(proposal.id()).size();
        if (files < form.filesRequired()) {
            throw new DomainException("The call requires " + form.filesRequired() + " attached files; the proposal has "
                    + files).withKey("error.answer.filesMissing", form.filesRequired(), files);
        }
    }

    private Call call(Proposal proposal) {
        if (proposal.callId() == null) {
            throw new NotFoundException("Call");
        }
        return calls.call(proposal.callId()).orElseThrow(() -> new NotFoundException("Call"));
    }

    /** The amount in USD: at the rate of submission, or for a draft at today's; null without a rate. */
    private BigDecimal amountUsd(Proposal proposal) {
        if (proposal.usdRate() != null) {
            return proposal.requestedUsd();
        }
        String currency = proposal.requestedAmount().currency();
        LocalDate today = tenants.find(context.current()).map(t -> LocalDate.now(clock.withZone(t.zone())))
                .orElse(LocalDate.now(clock));
        return usdRates.rateOn(currency, today)
                .map(rate -> proposal.requestedAmount().amount().divide(rate, 2, RoundingMode.HALF_UP)).orElse(null);
    }
}
