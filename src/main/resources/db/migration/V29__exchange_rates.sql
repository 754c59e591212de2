-- Dollar rates kept as history (issue 12, docs/adr/0025): units of the currency per US dollar, to six
-- decimals, each in force from its date until the next one of the same currency. Rows are never
-- changed; the row itself records who entered it and when. The dollar needs no row: it is the unit.
CREATE TABLE exchange_rate (
    currency      VARCHAR(3)     NOT NULL,
    effective_on  DATE           NOT NULL,
    rate          NUMERIC(19,6)  NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   TIMESTAMP      NOT NULL,
    PRIMARY KEY (currency, effective_on),
    CONSTRAINT exchange_rate_positive CHECK (rate > 0)
);

-- The one rate per country used until now, in force from a date before any proposal of the programme.
INSERT INTO exchange_rate (currency, effective_on, rate, recorded_by, recorded_at)
SELECT currency, DATE '2000-01-01', MAX(usd_rate), 'system', CURRENT_TIMESTAMP
FROM tenant WHERE currency <> 'USD' GROUP BY currency;

ALTER TABLE tenant DROP COLUMN usd_rate;

-- Each ledger entry converts at the rate of its own date; the entries made so far were converted
-- at their grant's rate, which they keep.
ALTER TABLE disbursement ADD COLUMN usd_rate NUMERIC(19,6);
UPDATE disbursement SET usd_rate = (SELECT g.usd_rate FROM grant_agreement g WHERE g.id = disbursement.grant_id);
