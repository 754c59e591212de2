package org.m4d.grants.grant.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.m4d.grants.grant.application.GrantLedger;
import org.m4d.grants.grant.application.GrantRow;
import org.m4d.grants.grant.application.LedgerLine;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.domain.Sheet;

/**
 * The finance tables as export sheets: one row per grant or ledger entry, headers and labels in the
 * user's language, amounts as exact numbers beside their currency. Totals are left to the
 * spreadsheet so that the rows can be filtered and pivoted.
 */
final class FinanceSheets {

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private FinanceSheets() {
    }

    static Sheet grants(List<GrantRow> rows, Locale locale) {
        List<String> headers = headers(locale, "country", "proposalId", "title", "status", "currency", "approved",
                "disbursed", "remaining", "usdRate", "approvedUsd", "disbursedUsd", "remainingUsd");
        List<List<Sheet.Cell>> cells = rows.stream().map(r -> List.of(Sheet.text(r.tenant()),
                Sheet.text(r.proposalId()), Sheet.text(r.title()), Sheet.text(grantStatus(locale, r.status())),
                Sheet.text(r.currency()), Sheet.amount(r.approved()), Sheet.amount(r.disbursed()),
                Sheet.amount(r.remaining()), Sheet.number(r.usdRate()), Sheet.usd(r.approvedUsd()),
                Sheet.usd(r.disbursedUsd()), Sheet.usd(r.remainingUsd()))).toList();
        return new Sheet(Formats.text(locale, "finance.sheet.grants"), headers, cells);
    }

    static Sheet ledger(GrantLedger ledger, Locale locale) {
        List<String> headers = headers(locale, "country", "proposalId", "entry", "date", "kind", "tranche", "currency",
                "amount", "balance", "reference", "recordedBy", "recordedAt", "reversalOf", "reversedBy", "reason",
                "usdRate", "amountUsd");
        List<List<Sheet.Cell>> cells = ledger.lines().stream().map(l -> row(ledger, l, locale)).toList();
        return new Sheet(Formats.text(locale, "finance.sheet.ledger"), headers, cells);
    }

    private static List<Sheet.Cell> row(GrantLedger ledger, LedgerLine line, Locale locale) {
        Disbursement d = line.entry();
        return List.of(Sheet.text(ledger.tenant()), Sheet.text(ledger.proposalId()), Sheet.text(d.id()),
                Sheet.day(d.disbursedOn()), Sheet.text(Formats.text(locale, "finance.kind." + d.kind().name())),
                Sheet.text(d.trancheNumber()), Sheet.text(ledger.currency()), Sheet.amount(d.amount()),
                Sheet.amount(line.balance()), Sheet.text(d.reference()), Sheet.text(d.recordedBy()),
                Sheet.text(RECORDED_AT.format(d.recordedAt())), Sheet.text(d.reversesId()), Sheet.text(line.reversedBy()),
                Sheet.text(d.reason()), Sheet.number(d.usdRate()), Sheet.usd(d.usdAmount()));
    }

    static String grantStatus(Locale locale, Enum<?> status) {
        return Formats.text(locale, "finance.grantStatus." + status.name());
    }

    private static List<String> headers(Locale locale, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> Formats.text(locale, "finance.col." + c)).toList();
    }
}
