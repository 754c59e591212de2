-- A country's own lifecycle timers (ISO-8601 durations) and review criteria weights (whole
-- percentages summing to 100), set by its administrator. No row: the configured defaults apply.
CREATE TABLE tenant_settings (
    id                            BIGINT        PRIMARY KEY,
    tenant_id                     VARCHAR(2)    NOT NULL UNIQUE REFERENCES tenant (code),
    screening_reminder            VARCHAR(20)   NOT NULL,
    review_period                 VARCHAR(20)   NOT NULL,
    review_escalation             VARCHAR(20)   NOT NULL,
    report_period                 VARCHAR(20)   NOT NULL,
    report_escalation             VARCHAR(20)   NOT NULL,
    weight_relevance              INTEGER       NOT NULL,
    weight_scalability            INTEGER       NOT NULL,
    weight_local_ownership        INTEGER       NOT NULL,
    weight_gender_responsiveness  INTEGER       NOT NULL,
    weight_sustainability         INTEGER       NOT NULL,
    weight_budget_realism         INTEGER       NOT NULL,
    updated_by                    VARCHAR(100)  NOT NULL,
    updated_at                    TIMESTAMP     NOT NULL,
    version                       BIGINT        NOT NULL
);
