package org.m4d.grants.proposal.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;

/**
 * What an edit changed in a proposal, by the names of the draft's fields ({@code title},
 * {@code requestedAmount}, {@code profile.budgetLines}, …), for its history: who changed what (ADR 0035).
 */
final class ProposalChanges {

    private ProposalChanges() {
    }

    /** The proposal's content as comparable text, field by field, in the draft's order. */
    static Map<String, String> of(Proposal proposal) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", proposal.title());
        fields.put("sector", String.valueOf(proposal.sector()));
        fields.put("leadActor", String.valueOf(proposal.leadActor()));
        fields.put("requestedAmount", number(proposal.requestedAmount().amount()));
        ProposalProfile p = proposal.profile();
        fields.put("profile.level", String.valueOf(p.level()));
        fields.put("profile.outcomes", String.valueOf(p.outcomes()));
        fields.put("profile.interventionAreas", String.valueOf(p.interventionAreas()));
        fields.put("profile.sdgTargets", String.valueOf(p.sdgTargets()));
        fields.put("profile.gcmObjectives", String.valueOf(p.gcmObjectives()));
        fields.put("profile.genderMarker", String.valueOf(p.genderMarker()));
        fields.put("profile.covidRecovery", String.valueOf(p.covidRecovery()));
        fields.put("profile.partners", String.valueOf(p.partners()));
        fields.put("profile.beneficiaries", String.valueOf(p.beneficiaries()));
        fields.put("profile.budgetLines", p.budgetLines().stream()
                .map(l -> l.description() + "=" + number(l.amount())).collect(Collectors.joining("|")));
        fields.put("profile.coFinancing", number(p.coFinancing()));
        fields.put("profile.startDate", String.valueOf(p.startDate()));
        fields.put("profile.endDate", String.valueOf(p.endDate()));
        fields.put("profile.indicators", p.indicators().stream()
                .map(i -> i.name() + "/" + i.unit() + "/" + number(i.baseline()) + "/" + number(i.target()) + "/"
                        + i.outcome() + "/" + i.programmeIndicatorId())
                .collect(Collectors.joining("|")));
        fields.put("partnerId", String.valueOf(proposal.partnerId()));
        fields.put("callId", String.valueOf(proposal.callId()));
        return fields;
    }

    /** The names of the fields whose content differs, in the draft's order. */
    static List<String> between(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** The history entry's detail of an edit: the title, and the fields changed (none: "no change"). */
    static String detail(String title, List<String> changed) {
        String fields = changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed);
        String detail = title + " (" + fields + ")";
        return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
