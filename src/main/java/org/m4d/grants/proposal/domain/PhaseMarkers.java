package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.m4d.grants.platform.domain.CsvCodes;

/** The markers a phase of the programme requires of every proposal at submission; programme-wide. */
@Entity
@Table(name = "phase_required_markers")
public class PhaseMarkers {

    @Id
    @Column(name = "phase_id", length = 40)
    private String phaseId;

    @Convert(converter = CsvCodes.class)
    private Set<String> markers = new TreeSet<>();

    protected PhaseMarkers() {
    }

    public PhaseMarkers(String phaseId) {
        this.phaseId = phaseId;
    }

    public Set<Marker> markers() {
        Set<Marker> required = EnumSet.noneOf(Marker.class);
        markers.forEach(m -> required.add(Marker.valueOf(m)));
        return required;
    }

    public void require(Set<Marker> required) {
        markers = new TreeSet<>(required.stream().map(Marker::name).toList());
    }
}
