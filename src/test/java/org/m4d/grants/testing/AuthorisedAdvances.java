package org.m4d.grants.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.FaceLine;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;

/**
 * A tranche's advance requested on one FACE line for the whole tranche and authorised in full, for
 * tests of a direct cash transfer's ledger that are not about the FACE request itself.
 */
public final class AuthorisedAdvances {

    private AuthorisedAdvances() {
    }

    public static FaceDocument of(GrantAgreement grant, Tranche tranche) {
        Money amount = tranche.amount(grant.approved().currency());
        FaceDocument request = FaceDocument.advanceRequest(grant.id(), tranche.number(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30), amount, List.of(new FaceLine("Tranche " + tranche.number(), amount)),
                "np.applicant", Instant.now());
        request.authorise(List.of(amount.amount()), "np.finance", Instant.now());
        return request;
    }
}
