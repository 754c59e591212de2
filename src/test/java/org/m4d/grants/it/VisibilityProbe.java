package org.m4d.grants.it;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The isolation probe's part inside one country: on a grant whose history holds an entry of every
 * kind ({@link ReviewedGrant}), every Nepali role reads the proposal, its history, reviews, grant and
 * diagram through the API and the pages. Each kind of entry carries markers; a marker in a body of a
 * role that may not see its kind is a leak, a marker missing for a role that may is a finding. The
 * page and the API of each resource must allow and deny alike; each comparison counts as a probe,
 * as each request does. The table below is written down
 * here on purpose, apart from the application's rule.
 */
final class VisibilityProbe {

    /** What a history entry is about; the probe's own names, matched to the markers its entries carry. */
    enum Kind { PROPOSAL, ENDORSEMENT, DECISION, CONFLICT, SCORE, RESULT, FOLLOW_UP, GRANT, REPORT, OTHER }

    /** A role's share of the grant: the kinds of history it sees and which resources it reads. */
    record Share(String user, Set<Kind> sees, boolean proposal, boolean grant, boolean reviews) {
    }

    private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
    /** The reviewers' names: the conflicted one's is in their declaration only, the IOM one's in its score too. */
    private static final Pattern CONFLICTED_REVIEWER = Pattern.compile("np\\.reviewer\\.undp(?![0-9])");
    private static final Pattern IOM_REVIEWER = Pattern.compile(Pattern.quote("np.reviewer.iom"));

    static final Map<String, Share> SHARES = new LinkedHashMap<>();

    static {
        share("applicant", "np.applicant", EnumSet.of(Kind.PROPOSAL, Kind.ENDORSEMENT, Kind.DECISION, Kind.GRANT,
                Kind.REPORT), true, true, false);
        share("applicant2", "np.applicant2", EnumSet.of(Kind.PROPOSAL), true, false, false);
        share("focal", "np.focal", EnumSet.of(Kind.PROPOSAL, Kind.ENDORSEMENT), true, false, false);
        share("coordinator", "np.coordinator", ALL, true, true, true);
        share("reviewer", "np.reviewer.undp2", EnumSet.of(Kind.PROPOSAL, Kind.SCORE, Kind.RESULT), true, false, true);
        share("conflicted", "np.reviewer.undp", EnumSet.noneOf(Kind.class), false, false, false);
        share("finance", "np.finance", EnumSet.of(Kind.PROPOSAL, Kind.DECISION, Kind.GRANT, Kind.REPORT), true, true,
                false);
        share("admin", "np.admin", EnumSet.of(Kind.PROPOSAL), true, false, false);
        share("observer", "observer", ALL, true, true, true);
    }

    private final URL app;
    private final String token;
    private final Map<String, WebSession> pages;
    private final Map<Kind, List<Pattern>> markers = new EnumMap<>(Kind.class);
    final List<String> findings = new ArrayList<>();
    int probes;
    int leaks;

    VisibilityProbe(URL app, String token, Map<String, WebSession> pages) {
        this.app = app;
        this.token = token;
        this.pages = pages;
        mark(Kind.PROPOSAL, String.format(ReviewedGrant.TITLE, token));
        mark(Kind.ENDORSEMENT, token + "-ENDORSE");
        mark(Kind.DECISION, token + "-SCREEN", token + "-APPROVE");
        mark(Kind.CONFLICT, token + "-COI", "IOM review taken");
        markers.get(Kind.CONFLICT).add(CONFLICTED_REVIEWER);
        mark(Kind.SCORE, "IOM weighted score");
        markers.get(Kind.SCORE).add(IOM_REVIEWER);
        mark(Kind.RESULT, "Average weighted score");
        mark(Kind.FOLLOW_UP, token + "-FOLLOWUP");
        mark(Kind.GRANT, token + "-PAY");
        mark(Kind.REPORT, token + "-REPORT");
        mark(Kind.OTHER, token + "-OTHER");
    }

    void run() {
        ReviewedGrant grant = ReviewedGrant.create(app, token, this::beforeTheSecondScore);
        SHARES.forEach((role, share) -> probe(grant.id(), share));
    }

    /** The replacing reviewer, cleared but not scored, reads neither the other agency's score nor its reviewer. */
    private void beforeTheSecondScore(long id) {
        Share before = new Share("np.reviewer.undp2", EnumSet.of(Kind.PROPOSAL), true, false, true);
        String api = "api/v1/tenants/NP/proposals/" + id;
        history("API", before, Api.as(app, before.user()).get(api), 200);
        history("PAGE", before, page(before.user(), "app/proposal/view.xhtml?tenant=NP&id=" + id), 200);
        reviews(before.user() + " reviews before both are in", Api.as(app, before.user()).get(api + "/reviews"), 200,
                false);
    }

    private void probe(long id, Share share) {
        String api = "api/v1/tenants/NP/proposals/" + id;
        Api user = Api.as(app, share.user());
        int proposal = share.proposal() ? 200 : 403;
        int grant = share.grant() ? 200 : 403;

        Api.Reply apiProposal = user.get(api);
        Api.Reply pageProposal = page(share.user(), "app/proposal/view.xhtml?tenant=NP&id=" + id);
        history("API", share, apiProposal, proposal);
        history("PAGE", share, pageProposal, proposal);
        same(share.user() + " proposal", apiProposal.status() < 400, pageProposal.status() < 400);

        Api.Reply diagram = user.get(api + "/diagram");
        expect(share.user() + " GET diagram", diagram, proposal);
        same(share.user() + " diagram", diagram.status() < 400, pageProposal.body().contains("id=\"diagram\""));

        Api.Reply apiGrant = user.get(api + "/grant");
        Api.Reply ledgerPage = page(share.user(), "app/finance/grant.xhtml?tenant=NP&grant=" + id);
        Set<Kind> grantKinds = share.grant() ? Set.of(Kind.GRANT) : Set.of();
        check(share.user() + " API grant", apiGrant, grant, Set.of(Kind.GRANT), grantKinds);
        check(share.user() + " PAGE ledger", ledgerPage, grant, Set.of(Kind.GRANT), grantKinds);
        same(share.user() + " grant API and ledger page", apiGrant.status() < 400, ledgerPage.status() < 400);
        same(share.user() + " grant API and the proposal page's grant", apiGrant.status() < 400,
                pageProposal.body().contains("id=\"approved\""));

        reviews(share.user() + " reviews", user.get(api + "/reviews"), share.reviews() ? 200 : 403, share.reviews());
    }

    /** The reviews: the IOM reviewer's name exactly when the other agency's review may be read. */
    private void reviews(String where, Api.Reply reply, int status, boolean otherAgency) {
        expect(where, reply, status);
        boolean named = IOM_REVIEWER.matcher(reply.body()).find();
        if (named && !otherAgency) {
            leaks++;
            findings.add("LEAK (the other agency's review) " + where + ": " + reply.status());
        } else if (!named && otherAgency) {
            findings.add("MISSING (the other agency's review) " + where + ": " + reply.status());
        }
    }

    /** A proposal's body: every kind's markers present exactly when the role sees that kind. */
    private void history(String via, Share share, Api.Reply reply, int status) {
        check(share.user() + " " + via + " proposal", reply, status, ALL, status == 200 ? share.sees() : Set.of());
    }

    /** The status, and of the given kinds the markers of {@code visible} present and of the others absent. */
    private void check(String where, Api.Reply reply, int status, Set<Kind> kinds, Set<Kind> visible) {
        expect(where, reply, status);
        List<String> leaked = new ArrayList<>();
        for (Kind kind : kinds) {
            for (Pattern marker : markers.get(kind)) {
                boolean present = marker.matcher(reply.body()).find();
                if (present && !visible.contains(kind)) {
                    leaked.add(kind + " " + marker);
                } else if (!present && visible.contains(kind)) {
                    findings.add("MISSING (" + kind + " " + marker + ") " + where + ": " + reply.status());
                }
            }
        }
        if (!leaked.isEmpty()) {
            leaks++;
            findings.add("LEAK (data " + leaked + ") " + where + ": " + reply.status());
        }
    }

    private void expect(String where, Api.Reply reply, int status) {
        probes++;
        if (status >= 400 && reply.status() < 400) {
            leaks++;
            findings.add("LEAK (access) " + where + ": " + reply.status() + ", expected " + status);
        } else if (reply.status() != status) {
            findings.add("WRONG STATUS " + where + ": " + reply.status() + ", expected " + status);
        }
    }

    /** Page and API of one resource allow and deny alike. */
    private void same(String what, boolean api, boolean page) {
        probes++;
        if (api != page) {
            leaks++;
            findings.add("LEAK (page and API differ) " + what + ": API " + (api ? "allows" : "denies") + ", page "
                    + (page ? "allows" : "denies"));
        }
    }

    private Api.Reply page(String user, String target) {
        return pages.computeIfAbsent(user, u -> WebSession.signIn(app, u)).get(target);
    }

    private void mark(Kind kind, String... patterns) {
        markers.put(kind, new ArrayList<>(Arrays.stream(patterns).map(p -> Pattern.compile(Pattern.quote(p))).toList()));
    }

    private static void share(String role, String user, Set<Kind> sees, boolean proposal, boolean grant,
                              boolean reviews) {
        SHARES.put(role, new Share(user, sees, proposal, grant, reviews));
    }
}
