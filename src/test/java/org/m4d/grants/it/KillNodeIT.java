package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the first fault: {@code kill -9} of one of two nodes under load. Eight clients, four per node, take
 * proposals through review and approval and record disbursements (each with an {@code Idempotency-Key}); node A
 * is killed at a moment when it holds an engine job, and its clients go on against B, sending a disbursement
 * whose answer the kill swallowed once more with the same key. Afterwards: every disbursement answered 200 is
 * recorded exactly once, none twice; the consistency check finds nothing; the job A held is run by B once its
 * lock ({@code M4D_JOB_LOCK_TIME}, 10 s here) has expired.
 */
class KillNodeIT {

    private static final Duration START = Duration.ofSeconds(300);
    private static final String LOCK_TIME = "PT10S";
    private static final int CLIENTS_PER_NODE = 4;
    private static final int PAYMENTS_PER_GRANT = 20;

    @Test
    void killingANodeUnderLoadLosesAndDoublesNothingAndItsJobsRunOnTheOther() throws Exception {
        try (FaultDatabase db = FaultDatabase.start("kill-node")) {
            db.create("m4d");
            Map<String, String> env = Map.of("M4D_JOB_LOCK_TIME", LOCK_TIME);
            try (NodeProcess a = NodeProcess.start("kill-a", db.url("m4d"), env);
                 NodeProcess b = NodeProcess.start("kill-b", db.url("m4d"), env)) {
                a.awaitReady(START);
                b.awaitReady(START);
                long partner = PartnerGrants.significantPartner(b.url(), "Kill node partner");

                AtomicBoolean killed = new AtomicBoolean();
                AtomicBoolean stop = new AtomicBoolean();
                Set<String> answered = ConcurrentHashMap.newKeySet();
                Set<String> sent = ConcurrentHashMap.newKeySet();
                AtomicInteger failovers = new AtomicInteger();
                AtomicInteger resent = new AtomicInteger();
                List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService load = Executors.newFixedThreadPool(2 * CLIENTS_PER_NODE);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 2 * CLIENTS_PER_NODE; c++) {
                    Client client = new Client(c, c < CLIENTS_PER_NODE ? a.url() : b.url(), b.url(), partner, killed,
                            stop, answered, sent, failovers, resent, errors);
                    clients.add(load.submit(client::run));
                }

                // the kill, while A holds an engine job: a proposal approved on A whose agreement job cannot finish,
                // since the test holds the agreement table (the job waits on it, as a slow step would); every
                // disbursement waits on it too, so A dies with requests in flight
                Slice.waitFor(() -> answered.size() >= 8 ? Boolean.TRUE : null, Duration.ofSeconds(400), "8 disbursements answered");
                List<String> stranded = new ArrayList<>();
                long killMoment;
                int answeredBefore;
                // A is told of the job when its approval commits, but B's own polling may find it first: then the
                // job runs on B, and a new bait is tried, at most three
                for (int attempt = 1; ; attempt++) {
                    long bait = Slice.submittedProposal(a.url(), "NP", "Kill bait " + attempt, "200000", "NATIONAL_INSTITUTION", partner);
                    Slice.screen(a.url(), "NP", bait, "ACCEPT");
                    Slice.reviewByBothAgencies(a.url(), "NP", bait, 4);
                    try (Connection watch = db.connect("m4d"); Connection blocker = db.connect("m4d")) {
                        blocker.setAutoCommit(false);
                        try (var lock = blocker.createStatement()) {
                            lock.execute("LOCK TABLE grant_agreement IN EXCLUSIVE MODE");
                        }
                        Api.Reply approved = Slice.complete(Api.as(a.url(), "np.coordinator"), "NP",
                                org.m4d.grants.workflow.domain.GrantLifecycle.APPROVE_GRANT, bait, "{\"decision\":\"ACCEPT\"}");
                        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
                        String owner = Slice.waitFor(() -> agreementJobOwner(watch, bait), Duration.ofSeconds(60),
                                "the agreement job of proposal " + bait + " taken");
                        if (owner.equals("kill-a")) {
                            answeredBefore = answered.size();
                            killed.set(true);
                            a.kill();
                            killMoment = System.nanoTime();
                            stranded.addAll(jobsLockedBy(watch, "kill-a"));
                            blocker.rollback();
                            break;
                        }
                        assertThat(owner).as("the node that took bait " + attempt + "'s job").isEqualTo("kill-b");
                        assertThat(attempt).as("baits whose job B took before A").isLessThan(3);
                        blocker.rollback();
                    }
                }
                long killedAt = killMoment;
                int answeredAtKill = answeredBefore;
                try (Connection watch = db.connect("m4d")) {
                    assertThat(stranded).as("jobs A held when it died").isNotEmpty();

                    // B runs them once their lock has expired
                    double recovered = Slice.waitFor(() -> jobsLeft(watch, stranded) == 0
                            ? (System.nanoTime() - killedAt) / 1e9 : null, Duration.ofSeconds(120), "B running A's jobs");
                    Slice.waitFor(() -> answered.size() >= answeredAtKill + 8 ? Boolean.TRUE : null,
                            Duration.ofSeconds(240), "8 more disbursements answered after the kill");
                    stop.set(true);
                    for (Future<?> client : clients) {
                        client.get(300, TimeUnit.SECONDS);
                    }
                    load.shutdown();
                    // the last approvals' agreements
                    Slice.waitFor(() -> db.count("m4d", "SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'async-continuation'")
                            == 0 ? Boolean.TRUE : null, Duration.ofSeconds(120), "no asynchronous step left");

                    long found = 0;
                    long duplicates = 0;
                    for (String reference : sent) {
                        long rows = db.count("m4d", "SELECT count(*) FROM disbursement WHERE reference = ?", reference);
                        duplicates += Math.max(0, rows - 1);
                        if (answered.contains(reference)) {
                            assertThat(rows).as("disbursement " + reference + ", answered 200").isEqualTo(1);
                            found++;
                        }
                    }
                    long inDatabase = db.count("m4d", "SELECT count(*) FROM disbursement WHERE reference LIKE 'K-%'");
                    Api.Reply check = Api.as(b.url(), "pmu").get("api/v1/consistency");
                    assertThat(check.status()).as(check.body()).isEqualTo(200);
                    int mismatches = check.json().getInt("count");
                    long incidents = db.count("m4d", "SELECT count(*) FROM act_ru_incident");
                    System.out.printf("Kill node: %d disbursements answered 200 (%d at the kill), %d of them found once, "
                                    + "%d rows in all, %d duplicates; %d clients failed over, %d disbursements sent again "
                                    + "to B with their key; %d errors on B; consistency mismatches %d; %d jobs A held, run "
                                    + "by B %.1f s after the kill (lock time %s); incidents %d%n",
                            answered.size(), answeredAtKill, found, inDatabase, duplicates, failovers.get(), resent.get(),
                            errors.size(), mismatches, stranded.size(), recovered, LOCK_TIME, incidents);
                    errors.stream().limit(5).forEach(e -> System.out.println("  error on B: " + e));

                    assertThat(found).isEqualTo(answered.size());
                    assertThat(duplicates).isZero();
                    assertThat(inDatabase).as("rows of disbursements sent").isBetween((long) answered.size(), (long) sent.size());
                    assertThat(mismatches).as(check.body()).isZero();
                    assertThat(incidents).isZero();
                    assertThat(failovers.get()).as("A's clients went on against B").isEqualTo(CLIENTS_PER_NODE);
                    assertThat(errors).as("requests to B that failed").isEmpty();
                }
            }
        }
    }

    /** Who holds the agreement job of a proposal's lifecycle, or null while nobody does. */
    private static String agreementJobOwner(Connection connection, long proposal) {
        try (PreparedStatement select = connection.prepareStatement("SELECT j.lock_owner_ FROM act_ru_job j"
                + " JOIN proposal p ON p.process_instance_id = j.process_instance_id_"
                + " WHERE p.id = ? AND j.handler_type_ = 'async-continuation' AND j.lock_owner_ IS NOT NULL")) {
            select.setLong(1, proposal);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> jobsLockedBy(Connection connection, String owner) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id_ FROM act_ru_job WHERE lock_owner_ = ?")) {
            select.setString(1, owner);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static long jobsLeft(Connection connection, List<String> ids) {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM act_ru_job WHERE id_ = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One client: grants made through review and approval, then paid in twenty disbursements each, until stopped. */
    private static final class Client {
        private final int number;
        private final URL home;
        private final URL other;
        private final long partner;
        private final AtomicBoolean killed;
        private final AtomicBoolean stop;
        private final Set<String> answered;
        private final Set<String> sent;
        private final AtomicInteger failovers;
        private final AtomicInteger resent;
        private final List<String> errors;
        private URL node;

        Client(int number, URL home, URL other, long partner, AtomicBoolean killed, AtomicBoolean stop,
               Set<String> answered, Set<String> sent, AtomicInteger failovers, AtomicInteger resent, List<String> errors) {
            this.number = number;
            this.home = home;
            this.other = other;
            this.partner = partner;
            this.killed = killed;
            this.stop = stop;
            this.answered = answered;
            this.sent = sent;
            this.failovers = failovers;
            this.resent = resent;
            this.errors = errors;
            this.node = home;
        }

        void run() {
            for (int g = 0; !stop.get() && errors.size() < 20; g++) {
                try {
                    long grant = PartnerGrants.grantOf(node, partner, "Kill load " + number + "-" + g);
                    for (int p = 0; p < PAYMENTS_PER_GRANT && !stop.get(); p++) {
                        pay(grant, "K-" + number + "-" + g + "-" + p);
                    }
                } catch (RuntimeException | AssertionError e) {
                    if (!failOver()) {
                        errors.add(number + ": " + e.getMessage());
                    }
                }
            }
        }

        /** Pays once; a request the kill cut short is sent again to the other node with the same key. */
        private void pay(long grant, String reference) {
            String body = "{\"amount\":1000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + reference + "\"}";
            String path = "api/v1/tenants/NP/proposals/" + grant + "/grant/disbursements";
            sent.add(reference);
            Api.Reply reply;
            try {
                reply = Api.as(node, "np.finance").postWithHeader(path, body, "Idempotency-Key", reference);
            } catch (RuntimeException e) {
                if (!failOver()) {
                    throw e;
                }
                resent.incrementAndGet();
                reply = Api.as(node, "np.finance").postWithHeader(path, body, "Idempotency-Key", reference);
            }
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            answered.add(reference);
        }

        /** Goes on against the other node when this client's node was the one killed; false otherwise. */
        private boolean failOver() {
            if (node.equals(home) && !home.equals(other) && killed.get()) {
                node = other;
                failovers.incrementAndGet();
                return true;
            }
            return false;
        }
    }
}
