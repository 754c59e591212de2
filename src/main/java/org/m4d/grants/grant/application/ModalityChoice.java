package org.m4d.grants.grant.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.partner.domain.RiskRating;

/** The partner's risk rating on the day and the cash-transfer modalities the country's HACT table allows it. */
public record ModalityChoice(RiskRating rating, Set<Modality> allowed) {

    public ModalityChoice {
        allowed = Set.copyOf(allowed);
    }

    /** The allowed ones in the order of {@link Modality}, for a form to offer. */
    public List<Modality> offered() {
        return Arrays.stream(Modality.values()).filter(allowed::contains).toList();
    }

    public boolean allows(Modality modality) {
        return allowed.contains(modality);
    }
}
