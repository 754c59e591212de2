-- FACE documents (HACT): a reimbursement's or an advance's certified expenditure and what finance
-- accepted of it, and a direct payment's request to a named vendor; the ledger entry of a direct
-- payment carries the vendor and the invoice.
CREATE TABLE face_document (
    id                 BIGINT        PRIMARY KEY,
    tenant_id          VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id           BIGINT        NOT NULL REFERENCES grant_agreement (id),
    tranche_number     INTEGER       NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    authorised_amount  NUMERIC(19,3) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    vendor             VARCHAR(200),
    invoice_reference  VARCHAR(100),
    submitted_by       VARCHAR(100)  NOT NULL,
    submitted_at       TIMESTAMP     NOT NULL,
    accepted_by        VARCHAR(100),
    accepted_at        TIMESTAMP,
    version            BIGINT        NOT NULL,
    CHECK (period_end >= period_start)
);
CREATE INDEX face_document_grant ON face_document (grant_id);

CREATE TABLE face_line (
    document_id  BIGINT        NOT NULL REFERENCES face_document (id),
    line_no      INTEGER       NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    amount       NUMERIC(19,3) NOT NULL,
    accepted     NUMERIC(19,3),
    PRIMARY KEY (document_id, line_no),
    CHECK (amount >= 0),
    CHECK (accepted IS NULL OR (accepted >= 0 AND accepted <= amount))
);

ALTER TABLE disbursement ADD COLUMN vendor VARCHAR(200);
ALTER TABLE disbursement ADD COLUMN invoice_reference VARCHAR(100);
