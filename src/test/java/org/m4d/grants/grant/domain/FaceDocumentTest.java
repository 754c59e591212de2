package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** FACE arithmetic at each currency's scale: NPR 2 decimals, XOF none, TND 3. */
class FaceDocumentTest {

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-06-30");
    private static final Instant AT = Instant.parse("2026-07-02T10:00:00Z");

    private static Money m(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private static FaceDocument claim(String authorised, String currency, String... amounts) {
        List<FaceLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new FaceLine("Line " + (i + 1), m(amounts[i], currency)));
        }
        return FaceDocument.certify(10, 1, FaceDocument.Kind.REIMBURSEMENT, START, END, m(authorised, currency), lines,
                "np.applicant", AT);
    }

    private static String key(Throwable t) {
        return ((DomainException) t).messageKey();
    }

    @Test
    void nprExpenditureAddsUpToTheCentAndPartAcceptanceKeepsTheCents() {
        FaceDocument face = claim("100000.00", "NPR", "60000.25", "39999.75");
        assertThat(face.total()).isEqualTo(m("100000.00", "NPR"));

        face.accept(List.of(new BigDecimal("60000.25"), new BigDecimal("20000.10")), "np.finance", AT);

        assertThat(face.status()).isEqualTo(FaceDocument.Status.ACCEPTED);
        assertThat(face.accepted()).isEqualTo(m("80000.35", "NPR"));
        assertThat(face.accepted().amount().scale()).isEqualTo(2);
        assertThat(face.lines().get(1).accepted("NPR")).isEqualTo(m("20000.10", "NPR"));
        assertThat(face.acceptedBy()).isEqualTo("np.finance");
    }

    @Test
    void xofHasNoDecimals() {
        FaceDocument face = claim("5000000", "XOF", "3000000", "1999999");
        face.accept(List.of(new BigDecimal("3000000"), new BigDecimal("1")), "sn.finance", AT);
        assertThat(face.accepted()).isEqualTo(m("3000001", "XOF"));
        assertThat(face.accepted().amount().scale()).isZero();

        assertThatThrownBy(() -> claim("5000000", "XOF", "100.5")).satisfies(t -> assertThat(key(t)).isEqualTo("error.money.noDecimals"));
    }

    @Test
    void tndKeepsThreeDecimalsAndRefusesAFourth() {
        FaceDocument face = claim("1000.000", "TND", "999.999");
        face.accept(List.of(new BigDecimal("0.001")), "tn.finance", AT);
        assertThat(face.accepted()).isEqualTo(m("0.001", "TND"));
        assertThat(face.total().amount().scale()).isEqualTo(3);

        assertThatThrownBy(() -> claim("1000.000", "TND", "1.0001")).satisfies(t -> assertThat(key(t)).isEqualTo("error.money.scale"));
    }

    @Test
    void expenditureAboveTheAuthorisedAmountIsRefusedByOneCent() {
        assertThat(claim("100.00", "NPR", "60.00", "40.00").total()).isEqualTo(m("100.00", "NPR"));
        assertThatThrownBy(() -> claim("100.00", "NPR", "60.00", "40.01"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveAuthorised"));
    }

    @Test
    void acceptanceAboveTheReportedAmountOfALineIsRefusedAndNothingIsAccepted() {
        FaceDocument face = claim("100.00", "NPR", "60.00", "40.00");
        assertThatThrownBy(() -> face.accept(List.of(new BigDecimal("60.00"), new BigDecimal("40.01")), "np.finance", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.acceptedAboveReported"));
        assertThat(face.status()).isEqualTo(FaceDocument.Status.REPORTED);
    }

    @Test
    void acceptanceNeedsEveryLineAndHappensOnce() {
        FaceDocument face = claim("100.00", "NPR", "60.00", "40.00");
        assertThatThrownBy(() -> face.accept(List.of(new BigDecimal("60.00")), "np.finance", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.acceptEveryLine"));
        face.accept(List.of(new BigDecimal("60.00"), new BigDecimal("40.00")), "np.finance", AT);
        assertThatThrownBy(() -> face.accept(List.of(BigDecimal.ONE, BigDecimal.ONE), "np.finance", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.notReported"));
    }

    @Test
    void aNegativeLineAndAPeriodEndingBeforeItStartsAreRefused() {
        assertThatThrownBy(() -> claim("100.00", "NPR", "-0.01"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.lineNegative"));
        assertThatThrownBy(() -> FaceDocument.certify(10, 1, FaceDocument.Kind.ADVANCE, END, START, m("100.00", "NPR"),
                List.of(new FaceLine("Line 1", m("1.00", "NPR"))), "np.applicant", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.periodOrder"));
    }

    @Test
    void aDirectPaymentNamesItsVendorAndInvoiceAndStaysWithinTheTranche() {
        FaceDocument request = FaceDocument.paymentRequest(10, 1, START, END, m("500.00", "NPR"), " Kathmandu Print Ltd ",
                "INV-2026-041", List.of(new FaceLine("Printing", m("500.00", "NPR"))), "np.applicant", AT);
        assertThat(request.vendor()).isEqualTo("Kathmandu Print Ltd");
        assertThat(request.invoiceReference()).isEqualTo("INV-2026-041");
        assertThat(request.status()).isEqualTo(FaceDocument.Status.REQUESTED);

        assertThatThrownBy(() -> FaceDocument.paymentRequest(10, 1, START, END, m("500.00", "NPR"), "Vendor", " ",
                List.of(new FaceLine("Printing", m("5.00", "NPR"))), "np.applicant", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.vendorRequired"));
        assertThatThrownBy(() -> FaceDocument.paymentRequest(10, 1, START, END, m("500.00", "NPR"), "Vendor", "INV-1",
                List.of(new FaceLine("Printing", m("500.01", "NPR"))), "np.applicant", AT))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveAuthorised"));
    }
}
