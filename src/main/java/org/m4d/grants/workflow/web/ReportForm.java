package org.m4d.grants.workflow.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The report form: narrative, beneficiaries, period and expenditure. */
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String narrative;
    private Integer beneficiariesReached;
    private LocalDate periodStart = LocalDate.now().minusMonths(6);
    private LocalDate periodEnd = LocalDate.now();
    private BigDecimal expenditure;

    org.m4d.grants.grant.application.ReportSubmission submission() {
        return new org.m4d.grants.grant.application.ReportSubmission(narrative, beneficiariesReached, periodStart,
                periodEnd, expenditure, null);
    }

    public String getNarrative() { return narrative; }
    public void setNarrative(String v) { narrative = v; }
    public Integer getBeneficiariesReached() { return beneficiariesReached; }
    public void setBeneficiariesReached(Integer v) { beneficiariesReached = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { periodStart = v; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate v) { periodEnd = v; }
    public BigDecimal getExpenditure() { return expenditure; }
    public void setExpenditure(BigDecimal v) { expenditure = v; }
}
