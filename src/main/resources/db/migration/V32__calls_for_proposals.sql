-- Calls for proposals (issue 14, docs/adr/0031-calls-for-proposals.md): a call belongs to a programme
-- phase, is open from one date to another and covers one country or several, each with a budget
-- envelope in US dollars. A proposal is made for a call.
CREATE TABLE call_for_proposals (
    id          BIGINT        PRIMARY KEY,
    phase_id    VARCHAR(40)   NOT NULL REFERENCES programme_phase (id),
    title       VARCHAR(300)  NOT NULL,
    opens_on    DATE          NOT NULL,
    -- none only for a phase's standing call, below
    closes_on   DATE,
    standing    BOOLEAN       NOT NULL,
    opened_by   VARCHAR(100)  NOT NULL,
    opened_at   TIMESTAMP     NOT NULL,
    CONSTRAINT call_window CHECK (closes_on IS NULL OR closes_on >= opens_on),
    CONSTRAINT call_standing_open CHECK (standing OR closes_on IS NOT NULL)
);

-- the countries a call covers, each with its envelope (none only in a standing call)
CREATE TABLE call_envelope (
    call_id      BIGINT         NOT NULL REFERENCES call_for_proposals (id),
    tenant_code  VARCHAR(2)     NOT NULL REFERENCES tenant (code),
    amount_usd   NUMERIC(19,2),
    PRIMARY KEY (call_id, tenant_code),
    CONSTRAINT call_envelope_not_negative CHECK (amount_usd IS NULL OR amount_usd >= 0)
);
CREATE INDEX call_envelope_country ON call_envelope (tenant_code);

-- Each phase has a standing call, open from its start with no close and no envelope, for every
-- country (whether a country may submit stays the phase's eligibility, ADR 24): the proposals made
-- before calls existed belong to it, and a proposal made without naming a call goes to the standing
-- call of the phase in force. Ids below the start of m4d_seq (1000), as the seeded programme indicators.
INSERT INTO call_for_proposals (id, phase_id, title, opens_on, closes_on, standing, opened_by, opened_at)
SELECT ROW_NUMBER() OVER (ORDER BY start_date), id, name || ': standing call', start_date, NULL, TRUE, 'system',
       CURRENT_TIMESTAMP
FROM programme_phase;

INSERT INTO call_envelope (call_id, tenant_code, amount_usd)
SELECT c.id, t.code, NULL FROM call_for_proposals c CROSS JOIN tenant t;

ALTER TABLE proposal ADD COLUMN call_id BIGINT REFERENCES call_for_proposals (id);
-- the standing call of the phase in force on the day each proposal was made (the first phase's before it)
UPDATE proposal SET call_id = COALESCE(
    (SELECT MAX(c.id) FROM call_for_proposals c JOIN programme_phase p ON p.id = c.phase_id
      WHERE c.standing AND p.start_date <= CAST(proposal.created_at AS DATE)),
    (SELECT MIN(c.id) FROM call_for_proposals c WHERE c.standing));
CREATE INDEX proposal_call ON proposal (tenant_id, call_id);
