package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.FaceLine;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.application.Visibility;

/**
 * The FACE cycle of a grant: the partner requests an advance, certifies a period's expenditure (of
 * an advance, or to be reimbursed) or requests a direct payment; finance authorises or accepts all
 * or part. Each public method is
 * one transaction, with the grant row locked as for a disbursement.
 */
@ApplicationScoped
@Transactional
public class FaceService {

    @Inject
    GrantRepository grants;

    @Inject
    GrantService grantService;

    @Inject
    FacePayments payments;

    @Inject
    ReleaseGates gates;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /**
     * The partner certifies the period's expenditure: against the cash it holds for a direct cash
     * transfer, against what the tranche leaves for a reimbursement.
     */
    public FaceDocument certify(long proposalId, int tranche, FaceReport report) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        String currency = grant.approved().currency();
        FaceDocument.Kind kind;
        Money authorised;
        if (grant.modality() == Modality.DIRECT_CASH_TRANSFER) {
            kind = FaceDocument.Kind.ADVANCE;
            authorised = payments.advances(grant).balance();
        } else if (grant.modality() == Modality.REIMBURSEMENT) {
            kind = FaceDocument.Kind.REIMBURSEMENT;
            authorised = tranche(grant, tranche).amount(currency).minus(grants.disbursedFromTranche(grant, tranche));
        } else {
            throw new DomainException("This grant pays vendors directly; the partner requests payments instead")
                    .withKey("error.face.notCertified");
        }
        FaceDocument document = FaceDocument.certify(grant.id(), tranche, kind, report.periodStart(), report.periodEnd(),
                authorised, lines(report.lines(), currency), access.username(), Instant.now());
        grants.store(document);
        audit.record(access.username(), "FACE_CERTIFIED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + tranche + ", " + report.periodStart() + " to " + report.periodEnd() + ": " + document.total()
                        + " certified of " + authorised + " authorised");
        return document;
    }

    /** The partner asks the agency to pay a vendor's invoice from the tranche. */
    public FaceDocument requestPayment(long proposalId, int tranche, PaymentRequest request) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        if (grant.modality() != Modality.DIRECT_PAYMENT) {
            throw new DomainException("Only a grant paid by direct payment pays vendors on the partner's request")
                    .withKey("error.face.notDirectPayment");
        }
        String currency = grant.approved().currency();
        Money left = tranche(grant, tranche).amount(currency).minus(grants.disbursedFromTranche(grant, tranche));
        FaceDocument document = FaceDocument.paymentRequest(grant.id(), tranche, request.periodStart(),
                request.periodEnd(), left, request.vendor(), request.invoiceReference(),
                lines(request.lines(), currency), access.username(), Instant.now());
        grants.store(document);
        audit.record(access.username(), "DIRECT_PAYMENT_REQUESTED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + tranche + ": " + document.total() + " to " + document.vendor() + ", invoice "
                        + document.invoiceReference());
        return document;
    }

    /**
     * The partner requests the tranche's advance (direct cash transfer): the period and the amount
     * per budget line, within what the tranche leaves.
     */
    public FaceDocument requestAdvance(long proposalId, int tranche, FaceReport request) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        if (grant.modality() != Modality.DIRECT_CASH_TRANSFER) {
            throw new DomainException("Only a direct cash transfer is paid as advances the partner requests")
                    .withKey("error.face.notAdvance");
        }
        String currency = grant.approved().currency();
        Money left = tranche(grant, tranche).amount(currency).minus(grants.disbursedFromTranche(grant, tranche));
        FaceDocument document = FaceDocument.advanceRequest(grant.id(), tranche, request.periodStart(), request.periodEnd(),
                left, lines(request.lines(), currency), access.username(), Instant.now());
        grants.store(document);
        audit.record(access.username(), "ADVANCE_REQUESTED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + tranche + ", " + request.periodStart() + " to " + request.periodEnd() + ": " + document.total()
                        + " requested, " + payments.advances(grant).balance() + " of earlier advances held");
        return document;
    }

    /** Finance authorises all or part of each line of the tranche's advance request. */
    public FaceDocument authoriseAdvance(long proposalId, int tranche, AdvanceAuthorisation authorisation) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        FaceDocument document = grants.faceDocuments(grant).stream()
                .filter(d -> d.trancheNumber() == tranche && d.kind() == FaceDocument.Kind.ADVANCE_REQUEST
                        && d.status() == FaceDocument.Status.REQUESTED)
                .reduce((first, later) -> later)
                .orElseThrow(() -> new DomainException("No advance request of tranche " + tranche
                        + " is waiting for authorisation").withKey("error.face.notRequested"));
        document.authorise(authorisation.authorisedAmounts(), access.username(), Instant.now());
        audit.record(access.username(), "ADVANCE_AUTHORISED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + tranche + ": " + document.accepted() + " authorised of " + document.total() + " requested");
        return document;
    }

    /** Finance accepts all or part of each line of the tranche's certified expenditure. */
    public FaceDocument accept(long proposalId, int tranche, FaceAcceptance acceptance) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        FaceDocument document = grants.faceDocuments(grant).stream()
                .filter(d -> d.trancheNumber() == tranche && d.status() == FaceDocument.Status.REPORTED)
                .reduce((first, later) -> later)
                .orElseThrow(() -> new DomainException("No certified expenditure of tranche " + tranche
                        + " is waiting for acceptance").withKey("error.face.notReported"));
        document.accept(acceptance.acceptedAmounts(), access.username(), Instant.now());
        audit.record(access.username(), "FACE_ACCEPTED", ProposalService.SUBJECT, proposalId, null, null,
                "Tranche " + tranche + ": " + document.accepted() + " accepted of " + document.total() + " certified");
        return document;
    }

    /** Whether the partner still holds advanced cash not accounted for by accepted expenditure. */
    public boolean cashHeld(long proposalId) {
        GrantAgreement grant = grantService.grant(proposalId);
        return grant.modality() == Modality.DIRECT_CASH_TRANSFER && payments.advances(grant).balance().isPositive();
    }

    /** The grant's FACE documents, the cash carried and what stops a payment now; for those who read the grant. */
    public FaceView ofProposal(long proposalId) {
        Visibility visibility = proposals.visibility(proposalId);
        if (!visibility.readsGrant()) {
            throw new ForbiddenException("The FACE documents are read by those who read the grant");
        }
        GrantAgreement grant = grants.findByProposal(proposalId).orElseThrow(() -> new NotFoundException("Grant"));
        Money balance = grant.modality() == Modality.DIRECT_CASH_TRANSFER ? payments.advances(grant).balance() : null;
        return new FaceView(grant.modality(), grants.faceDocuments(grant), balance,
                visibility.readsReleaseBlocks() ? gates.blocks(proposalId) : List.of());
    }

    private static List<FaceLine> lines(List<FaceLineInput> lines, String currency) {
        return lines.stream().map(l -> new FaceLine(l.description(), Money.of(l.amount(), currency))).toList();
    }

    private Tranche tranche(GrantAgreement grant, int number) {
        return grants.tranches(grant).stream().filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Tranche " + number));
    }
}
