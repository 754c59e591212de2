-- Each indicator of a grant's results framework names the outcome of the proposal's phase it serves
-- and, where it fits, the programme indicator it counts towards, so that results add up across
-- grants and countries. Indicators saved before this stay unlinked and are left out of the roll-up.
ALTER TABLE proposal_indicator ADD COLUMN phase_id VARCHAR(40);
ALTER TABLE proposal_indicator ADD COLUMN outcome INTEGER;
ALTER TABLE proposal_indicator ADD COLUMN programme_indicator_id BIGINT;
CREATE INDEX proposal_indicator_programme ON proposal_indicator (programme_indicator_id);

-- The markers a phase requires of a proposal at submission (set by pmu). None are set for the phase
-- under way, whose proposals were written without them.
CREATE TABLE phase_required_markers (
    phase_id  VARCHAR(40)   PRIMARY KEY,
    markers   VARCHAR(200)
);
