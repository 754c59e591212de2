package org.m4d.grants.grant.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.m4d.grants.grant.application.FinanceService;
import org.m4d.grants.grant.application.GrantLedger;
import org.m4d.grants.grant.application.FaceService;
import org.m4d.grants.grant.application.FaceView;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.LedgerLine;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.platform.web.Downloads;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Backs {@code app/finance/grant.xhtml?tenant=NP&grant=42}: a grant's tranche schedule and ledger,
 * its export, and the reversal of an entry (the dialog remembers which entry across requests).
 * The country is explicit so that the "all countries" overview can link to any of them; without
 * it the current country is meant.
 */
@Named
@ViewScoped
public class FinanceGrant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceService finance;

    @Inject
    transient Access access;

    @Inject
    transient GrantService grants;

    @Inject
    transient FaceService faceService;

    @Inject
    transient TenantSwitcher tenantSwitcher;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private String tenant;
    private Long grant;
    private Long selected;
    private String reason;
    private transient GrantLedger ledger;
    private transient FaceView face;

    public void load() {
        if (grant == null) {
            Pages.sendError(faces, 404);
            return;
        }
        if (tenant == null || tenant.isBlank()) {
            tenant = tenantSwitcher.getCurrent();
        }
        try (TenantContext.Scope in = access.enter(tenant)) {
            ledger = finance.ledger(grant);
            face = faceService.ofProposal(ledger.proposalId());
        }
    }

    /** Opens the reversal dialog for an entry. */
    public void select(long entryId) {
        selected = entryId;
        reason = null;
    }

    /** Reverses the chosen entry; a rule that forbids it (reversed, closed) is shown in the dialog. */
    public void reverse() {
        try (TenantContext.Scope in = access.enter(tenant)) {
            grants.reverse(grant, selected == null ? -1 : selected, reason);
        }
        Pages.redirect(faces, "/app/finance/grant.xhtml?tenant=" + tenant + "&grant=" + grant,
                formats.message("finance.reversed"));
    }

    public void exportCsv() {
        GrantLedger fresh = fresh();
        if (fresh != null) {
            Downloads.csv(faces, basename(), FinanceSheets.ledger(fresh, formats.locale()));
        }
    }

    public void exportXlsx() {
        GrantLedger fresh = fresh();
        if (fresh != null) {
            Downloads.xlsx(faces, basename(), FinanceSheets.ledger(fresh, formats.locale()));
        }
    }

    /** The grant's FACE documents, the balance carried and why no payment may be made now. */
    public FaceView getFace() {
        return face;
    }

    /** Each reason no payment may be made now, in the user's language. */
    public java.util.List<String> getReleaseBlocks() {
        return face == null ? java.util.List.of()
                : face.blocks().stream().map(b -> formats.message(b.key(), b.args().toArray())).toList();
    }

    public GrantLedger getLedger() {
        if (ledger == null && grant != null && !faces.getResponseComplete()) {
            load();
        }
        return ledger;
    }

    /** The entry the reversal dialog is about. */
    public LedgerLine getSelectedLine() {
        GrantLedger current = getLedger();
        return current == null || selected == null ? null : current.line(selected).orElse(null);
    }

    public String status() {
        GrantLedger current = getLedger();
        return current == null ? "" : FinanceSheets.grantStatus(formats.locale(), current.status());
    }

    /** The export reads the ledger again, so the file shows what is recorded now, checked again. */
    private GrantLedger fresh() {
        ledger = null;
        return getLedger();
    }

    /** {@code ledger-NP-42}. */
    private String basename() {
        return "ledger-" + tenant + "-" + grant;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public Long getGrant() {
        return grant;
    }

    public void setGrant(Long grant) {
        this.grant = grant;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
