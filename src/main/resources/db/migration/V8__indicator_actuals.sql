-- What a progress or final report says each indicator of the results framework has reached.
CREATE TABLE report_indicator_actual (
    report_id  BIGINT        NOT NULL REFERENCES report (id),
    line_no    INTEGER       NOT NULL,
    name       VARCHAR(300)  NOT NULL,
    actual     NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (report_id, line_no)
);
