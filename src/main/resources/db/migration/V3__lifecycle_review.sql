-- Full lifecycle up to approval: lead actor and USD rate of proposals, revision rounds,
-- conflict-of-interest declarations and technical reviews.

-- local currency units per US dollar, recorded on each proposal when it is submitted
ALTER TABLE tenant ADD COLUMN usd_rate NUMERIC(19,6) DEFAULT 1 NOT NULL;
UPDATE tenant SET usd_rate = 110.0    WHERE code = 'BD';
UPDATE tenant SET usd_rate = 1.0      WHERE code = 'EC';
UPDATE tenant SET usd_rate = 155.0    WHERE code = 'JM';
UPDATE tenant SET usd_rate = 89.0     WHERE code = 'KG';
UPDATE tenant SET usd_rate = 17.7     WHERE code = 'MD';
UPDATE tenant SET usd_rate = 10.1     WHERE code = 'MA';
UPDATE tenant SET usd_rate = 132.5    WHERE code = 'NP';
UPDATE tenant SET usd_rate = 55.8     WHERE code = 'PH';
UPDATE tenant SET usd_rate = 108.0    WHERE code = 'RS';
UPDATE tenant SET usd_rate = 605.0    WHERE code = 'SN';
UPDATE tenant SET usd_rate = 3.1      WHERE code = 'TN';

ALTER TABLE proposal ADD COLUMN lead_actor VARCHAR(30) DEFAULT 'NATIONAL_INSTITUTION' NOT NULL;
ALTER TABLE proposal ADD COLUMN usd_rate NUMERIC(19,6);
ALTER TABLE proposal ADD COLUMN review_round INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE conflict_declaration (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id),
    review_round  INTEGER       NOT NULL,
    agency        VARCHAR(10)   NOT NULL,
    reviewer      VARCHAR(100)  NOT NULL,
    conflict      BOOLEAN       NOT NULL,
    statement     VARCHAR(1000),
    declared_at   TIMESTAMP     NOT NULL
);
CREATE INDEX conflict_proposal ON conflict_declaration (tenant_id, proposal_id);

CREATE TABLE review (
    id                     BIGINT        PRIMARY KEY,
    tenant_id              VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id            BIGINT        NOT NULL REFERENCES proposal (id),
    review_round           INTEGER       NOT NULL,
    agency                 VARCHAR(10)   NOT NULL,
    reviewer               VARCHAR(100)  NOT NULL,
    relevance              INTEGER       NOT NULL,
    scalability            INTEGER       NOT NULL,
    local_ownership        INTEGER       NOT NULL,
    gender_responsiveness  INTEGER       NOT NULL,
    sustainability         INTEGER       NOT NULL,
    budget_realism         INTEGER       NOT NULL,
    weighted_score         NUMERIC(4,2)  NOT NULL,
    recommendation         VARCHAR(30)   NOT NULL,
    comments               VARCHAR(4000),
    submitted_at           TIMESTAMP     NOT NULL
);
CREATE INDEX review_proposal ON review (tenant_id, proposal_id, review_round);
