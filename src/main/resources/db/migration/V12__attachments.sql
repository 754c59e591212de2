-- Files attached to a proposal (PDF, Office documents, images): metadata, and the bytes in a table
-- of their own so that listing attachments never reads file contents.
CREATE TABLE attachment (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL
);
CREATE INDEX attachment_proposal ON attachment (tenant_id, proposal_id);

CREATE TABLE attachment_content (
    id             BIGINT      PRIMARY KEY,
    tenant_id      VARCHAR(2)  NOT NULL REFERENCES tenant (code),
    attachment_id  BIGINT      NOT NULL UNIQUE REFERENCES attachment (id) ON DELETE CASCADE,
    content        BYTEA       NOT NULL
);
