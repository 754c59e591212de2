-- HACT assurance: the visits, spot checks and audits owed to a partner in a year, and their findings.
-- partner_id has no foreign key here: the partner table comes from the partner context's own migration,
-- and the activity is planned through PartnerRisk, which knows only the country's partners.
CREATE TABLE assurance_activity (
    id                   BIGINT        PRIMARY KEY,
    tenant_id            VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    partner_id           BIGINT        NOT NULL,
    proposal_id          BIGINT        NOT NULL REFERENCES proposal (id),
    plan_year            INTEGER       NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    due_on               DATE          NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    done_on              DATE,
    done_by              VARCHAR(100),
    process_instance_id  VARCHAR(64),
    version              BIGINT        NOT NULL
);
CREATE INDEX assurance_activity_partner_year ON assurance_activity (tenant_id, partner_id, plan_year);

CREATE TABLE finding (
    id              BIGINT        PRIMARY KEY,
    tenant_id       VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    activity_id     BIGINT        NOT NULL REFERENCES assurance_activity (id),
    partner_id      BIGINT        NOT NULL,
    proposal_id     BIGINT        NOT NULL REFERENCES proposal (id),
    priority        VARCHAR(10)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    recommendation  VARCHAR(2000),
    due_on          DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    follow_up       VARCHAR(2000),
    closed_by       VARCHAR(100),
    closed_at       TIMESTAMP,
    recorded_by     VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL
);
-- the release gate asks for the open high-priority findings of a partner before every payment
CREATE INDEX finding_open ON finding (tenant_id, partner_id, status, priority);
