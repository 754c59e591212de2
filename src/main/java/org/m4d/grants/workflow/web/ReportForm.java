package org.m4d.grants.workflow.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The report form: narrative, beneficiaries, period, expenditure (the FACE-style financial part)
 * and the value each indicator of the proposal's results framework has reached.
 */
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String narrative;
    private Integer beneficiariesReached;
    private LocalDate periodStart = LocalDate.now().minusMonths(6);
    private LocalDate periodEnd = LocalDate.now();
    private BigDecimal expenditure;
    private final java.util.List<Actual> actuals = new java.util.ArrayList<>();

    /** One indicator of the results framework and the value reached, as entered. */
    public static class Actual implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String unit;
        private final BigDecimal target;
        private BigDecimal value;

        Actual(String name, String unit, BigDecimal target) {
            this.name = name;
            this.unit = unit;
            this.target = target;
        }

        public String getName() { return name; }
        public String getUnit() { return unit; }
        public BigDecimal getTarget() { return target; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal v) { value = v; }
    }

    /** Offers the proposal's indicators for their actual values (once per form). */
    void indicators(java.util.List<org.m4d.grants.proposal.domain.Indicator> indicators) {
        if (actuals.isEmpty()) {
            indicators.forEach(i -> actuals.add(new Actual(i.name(), i.unit(), i.target())));
        }
    }

    public java.util.List<Actual> getActuals() { return actuals; }

    org.m4d.grants.grant.application.ReportSubmission submission() {
        return new org.m4d.grants.grant.application.ReportSubmission(narrative, beneficiariesReached, periodStart,
                periodEnd, expenditure, actuals.stream().filter(a -> a.value != null)
                .map(a -> new org.m4d.grants.grant.application.ReportSubmission.ActualInput(a.name, a.value)).toList());
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
