-- A form per call (issue 14, docs/adr/0034-call-forms.md): a call asks its narrative sections in
-- order, each a section of the programme's library or a free one, with its question and help in
-- the languages of the app, whether it is required, its word limit and whether the short form asks
-- it. A call may set a threshold in USD under which a proposal fills the short form (a decision
-- table decides), and how many files each form requires. The calls opened before have no
-- sections: their proposals are submitted as before.
CREATE TABLE call_section (
    call_id        BIGINT        NOT NULL REFERENCES call_for_proposals (id),
    position       INTEGER       NOT NULL,
    -- the library section's key, or FREE_<position> for a free one
    code           VARCHAR(40)   NOT NULL,
    library        BOOLEAN       NOT NULL,
    question_en    VARCHAR(1000) NOT NULL,
    question_fr    VARCHAR(1000) NOT NULL,
    question_es    VARCHAR(1000) NOT NULL,
    help_en        VARCHAR(2000),
    help_fr        VARCHAR(2000),
    help_es        VARCHAR(2000),
    required       BOOLEAN       NOT NULL,
    word_limit     INTEGER       NOT NULL,
    short_form     BOOLEAN       NOT NULL,
    PRIMARY KEY (call_id, position),
    CONSTRAINT call_section_code UNIQUE (call_id, code),
    CONSTRAINT call_section_words CHECK (word_limit > 0)
);

ALTER TABLE call_for_proposals ADD COLUMN short_form_under_usd NUMERIC(19,2);
ALTER TABLE call_for_proposals ADD COLUMN files_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE call_for_proposals ADD COLUMN files_required_short INTEGER NOT NULL DEFAULT 0;
ALTER TABLE call_for_proposals ADD CONSTRAINT call_short_form_threshold
    CHECK (short_form_under_usd IS NULL OR short_form_under_usd > 0);
ALTER TABLE call_for_proposals ADD CONSTRAINT call_files_required
    CHECK (files_required >= 0 AND files_required_short >= 0 AND files_required_short <= files_required);

-- A proposal's answer to a section of its call, one row per review round it was written in: an
-- answer changed for round 2 is a new row, and round 1's text stays as it was read in round 1.
CREATE TABLE proposal_answer (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    section_code  VARCHAR(40)   NOT NULL,
    review_round  INTEGER       NOT NULL,
    text          TEXT          NOT NULL,
    words         INTEGER       NOT NULL,
    written_by    VARCHAR(100)  NOT NULL,
    written_at    TIMESTAMP     NOT NULL,
    CONSTRAINT proposal_answer_round UNIQUE (proposal_id, section_code, review_round),
    CONSTRAINT proposal_answer_round_positive CHECK (review_round >= 1)
);
CREATE INDEX proposal_answer_proposal ON proposal_answer (tenant_id, proposal_id);
