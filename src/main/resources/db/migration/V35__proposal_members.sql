-- Co-applicants and viewers of a proposal (issue 14, docs/adr/0035-proposal-members.md): the creator or
-- a coordinator invites an applicant of the same country; a co-applicant edits the proposal while it
-- may be changed, a viewer only reads it. Who invited whom, and when, is kept; a removal deletes the
-- row and the proposal's history keeps both steps.
CREATE TABLE proposal_member (
    id           BIGINT        PRIMARY KEY,
    tenant_id    VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id  BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    username     VARCHAR(100)  NOT NULL,
    role         VARCHAR(20)   NOT NULL,
    invited_by   VARCHAR(100)  NOT NULL,
    invited_at   TIMESTAMP     NOT NULL,
    CONSTRAINT proposal_member_role CHECK (role IN ('CO_APPLICANT', 'VIEWER')),
    CONSTRAINT proposal_member_once UNIQUE (tenant_id, proposal_id, username)
);
CREATE INDEX proposal_member_user ON proposal_member (tenant_id, username);
