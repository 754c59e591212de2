package org.m4d.grants.grant.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.FaceView;
import org.m4d.grants.grant.application.ReleaseBlock;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.FaceLine;

/** A grant's FACE documents as the API shows them, with the cash carried and what stops a payment now. */
public record FaceDto(String modality, BigDecimal balanceCarried, List<BlockDto> blocks, List<DocumentDto> documents) {

    /** One reason no payment may be made now. */
    public record BlockDto(String key, String message) {
        static BlockDto of(ReleaseBlock b) {
            return new BlockDto(b.key(), b.text());
        }
    }

    /** One budget line: what the partner certified or requested, and what finance accepted (null until then). */
    public record LineDto(String description, BigDecimal amount, BigDecimal accepted) {
        static LineDto of(FaceLine l, String currency) {
            return new LineDto(l.description(), l.amount(currency).amount(),
                    l.accepted(currency) == null ? null : l.accepted(currency).amount());
        }
    }

    /** One FACE document of a tranche. */
    public record DocumentDto(long id, int tranche, String kind, String status, LocalDate periodStart, LocalDate periodEnd,
                              BigDecimal authorised, BigDecimal total, BigDecimal accepted, String currency, String vendor,
                              String invoiceReference, List<LineDto> lines, String submittedBy, Instant submittedAt,
                              String acceptedBy, Instant acceptedAt) {
        static DocumentDto of(FaceDocument d) {
            return new DocumentDto(d.id(), d.trancheNumber(), d.kind().name(), d.status().name(), d.periodStart(),
                    d.periodEnd(), d.authorised().amount(), d.total().amount(), d.accepted().amount(), d.currency(),
                    d.vendor(), d.invoiceReference(), d.lines().stream().map(l -> LineDto.of(l, d.currency())).toList(),
                    d.submittedBy(), d.submittedAt(), d.acceptedBy(), d.acceptedAt());
        }
    }

    static FaceDto of(FaceView view) {
        return new FaceDto(view.modality() == null ? null : view.modality().name(),
                view.balanceCarried() == null ? null : view.balanceCarried().amount(),
                view.blocks().stream().map(BlockDto::of).toList(),
                view.documents().stream().map(DocumentDto::of).toList());
    }
}
