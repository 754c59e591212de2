package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.workflow.application.FormRules;
import org.m4d.grants.workflow.domain.FormTable;

/** The form-length table as deployed in the engine (shared by every country). */
@ApplicationScoped
public class EngineFormRules implements FormRules {

    @Inject
    DecisionService decisions;

    @Override
    public boolean shortForm(BigDecimal amountUsd, BigDecimal shortFormUnderUsd) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(FormTable.IN_AMOUNT_USD, amountUsd == null ? null : amountUsd.doubleValue());
        variables.put(FormTable.IN_THRESHOLD_USD, shortFormUnderUsd == null ? null : shortFormUnderUsd.doubleValue());
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(FormTable.FORM_LENGTH)
                .decisionDefinitionWithoutTenantId().variables(variables).evaluate().getSingleResult();
        Object form = result == null ? null : result.getEntry(FormTable.OUT_FORM);
        if (!FormTable.SHORT.equals(form) && !FormTable.FULL.equals(form)) {
            throw new DomainException("The form-length table gives " + form + "; it may give FULL or SHORT")
                    .withKey("error.form.table", String.valueOf(form));
        }
        return FormTable.SHORT.equals(form);
    }
}
