package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.m4d.grants.grant.domain.Advances;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/**
 * What the grant's modality allows to be paid from a tranche: an advance never more than finance
 * authorised of the partner's request, a reimbursement never more than the expenditure finance
 * accepted, a direct payment never more than the vendor's request; and the advances of a direct
 * cash transfer with what accepted expenditure has liquidated of them.
 */
@ApplicationScoped
public class FacePayments {

    @Inject
    GrantRepository grants;

    public FacePayments() {
    }

    FacePayments(GrantRepository grants) {
        this.grants = grants;
    }

    /**
     * Refuses {@code amount} from {@code tranche} if the modality does not allow it yet; returns the
     * direct payment request the entry pays, if the grant pays vendors.
     */
    public Optional<FaceDocument> checkPayment(GrantAgreement grant, Tranche tranche, Money amount) {
        Modality modality = grant.modality();
        if (modality == null || modality == Modality.DIRECT_CASH_TRANSFER && !grant.requestsAdvances()) {
            // planned before modalities or advance requests existed: paid as its running process does
            return Optional.empty();
        }
        Money paid = grants.disbursedFromTranche(grant, tranche.number());
        if (modality == Modality.DIRECT_CASH_TRANSFER) {
            FaceDocument request = latest(grant, tranche.number(), FaceDocument.Kind.ADVANCE_REQUEST, FaceDocument.Status.AUTHORISED)
                    .orElseThrow(() -> new DomainException("Tranche " + tranche.number() + " is an advance: the partner must"
                            + " first request it on a FACE form and finance authorise it")
                            .withKey("error.face.advanceNotAuthorised", tranche.number()));
            if (paid.plus(amount).compareTo(request.accepted()) > 0) {
                throw new DomainException("Advancing " + amount + " would pay more than the " + request.accepted()
                        + " authorised; at most " + request.accepted().minus(paid) + " remains")
                        .withKey("error.face.aboveAdvanceAuthorised", amount, request.accepted(), request.accepted().minus(paid));
            }
            return Optional.empty();
        }
        if (modality == Modality.REIMBURSEMENT) {
            FaceDocument claim = latest(grant, tranche.number(), FaceDocument.Kind.REIMBURSEMENT, FaceDocument.Status.ACCEPTED)
                    .orElseThrow(() -> new DomainException("Tranche " + tranche.number() + " is paid by reimbursement: finance"
                            + " must first accept the partner's certified expenditure")
                            .withKey("error.face.reimbursementNotAccepted", tranche.number()));
            if (paid.plus(amount).compareTo(claim.accepted()) > 0) {
                throw new DomainException("Reimbursing " + amount + " would pay more than the " + claim.accepted()
                        + " of expenditure accepted; at most " + claim.accepted().minus(paid) + " remains")
                        .withKey("error.face.aboveAccepted", amount, claim.accepted(), claim.accepted().minus(paid));
            }
            return Optional.empty();
        }
        FaceDocument request = latest(grant, tranche.number(), FaceDocument.Kind.DIRECT_PAYMENT, FaceDocument.Status.REQUESTED)
                .orElseThrow(() -> new DomainException("Tranche " + tranche.number() + " is paid directly to vendors: the"
                        + " partner must first request the payment").withKey("error.face.noPaymentRequest", tranche.number()));
        if (paid.plus(amount).compareTo(request.total()) > 0) {
            throw new DomainException("Paying " + amount + " would pay more than the " + request.total() + " requested for "
                    + request.vendor() + "; at most " + request.total().minus(paid) + " remains")
                    .withKey("error.face.aboveRequest", amount, request.total(), request.vendor(), request.total().minus(paid));
        }
        return Optional.of(request);
    }

    /** The grant's advances (the net cash of each tranche, dated by its first payment) and the expenditure accepted against them. */
    public Advances advances(GrantAgreement grant) {
        String currency = grant.approved().currency();
        Map<Integer, Money> net = new TreeMap<>();
        Map<Integer, LocalDate> first = new TreeMap<>();
        for (Disbursement entry : grants.ledger(grant)) {
            if (entry.trancheNumber() == null) {
                continue;
            }
            net.merge(entry.trancheNumber(), entry.amount(), Money::plus);
            if (entry.kind() == Disbursement.Kind.DISBURSEMENT) {
                first.merge(entry.trancheNumber(), entry.disbursedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Advances.Advance> advances = net.entrySet().stream().filter(e -> e.getValue().isPositive())
                .map(e -> new Advances.Advance(e.getKey(), first.get(e.getKey()), e.getValue())).toList();
        Money accepted = grants.faceDocuments(grant).stream()
                .filter(d -> d.kind() == FaceDocument.Kind.ADVANCE && d.status() == FaceDocument.Status.ACCEPTED)
                .map(FaceDocument::accepted).reduce(Money.zero(currency), Money::plus);
        return new Advances(advances, accepted);
    }

    Optional<FaceDocument> latest(GrantAgreement grant, int tranche, FaceDocument.Kind kind, FaceDocument.Status status) {
        return grants.faceDocuments(grant).stream()
                .filter(d -> d.trancheNumber() == tranche && d.kind() == kind && d.status() == status)
                .max(Comparator.comparing(FaceDocument::submittedAt));
    }
}
