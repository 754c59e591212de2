package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, second fault: PostgreSQL stopped for 30 s while 5 clients create proposals and record
 * disbursements. Every answer during the outage is 503 problem+json with {@code Retry-After} (none
 * is a 500), {@code /health/ready} answers 503 and pages say so; within 10 s of the database's return
 * the node serves again without a restart, each request answered 2xx is in the database once, no job
 * is left locked and the node holds no more connections than its pool's maximum. A client retries
 * a request that got 503 as it is: a disbursement with the same {@code Idempotency-Key}.
 */
class DatabaseOutageIT {

    private static final Duration START = Duration.ofSeconds(240);
    private static final int CLIENTS = 5;
    private static final int POOL_MAX = org.m4d.grants.platform.infra.ApplicationDataSource.MAX_POOL_SIZE;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String UNAVAILABLE_MESSAGE =
            "The database cannot be reached just now, so nothing was saved. Please try again in a minute.";
    private static final Pattern MESSAGE = Pattern.compile("<li class=\"message-error\">([^<]*)</li>");
    private static final Pattern TITLE = Pattern.compile("<h1 id=\"error-title\">([^<]*)</h1>");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer a client got: when it sent the request, what came back. */
    record Answer(long sentAt, long answeredAt, int status, String contentType, String retryAfter, String body) {
    }

    @Test
    void requestsAnswer503WhileTheDatabaseIsAwayAndTheNodeServesAgainWithin10SecondsOfItsReturn() throws Exception {
        try (FaultDatabase db = FaultDatabase.start("outage")) {
            db.create("m4d");
            try (NodeProcess node = NodeProcess.start("outage", db.url("m4d")).awaitReady(START)) {
                long partner = PartnerGrants.significantPartner(node.url(), "Outage partner");
                List<Long> grants = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    grants.add(PartnerGrants.grantOf(node.url(), partner, "Outage grant " + c));
                }
                WebSession signedIn = WebSession.signIn(node.url(), "np.coordinator");

                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong outageFrom = new AtomicLong(Long.MAX_VALUE);
                AtomicLong outageTo = new AtomicLong(Long.MAX_VALUE);
                List<Answer> answers = new CopyOnWriteArrayList<>();
                Set<String> disbursed = ConcurrentHashMap.newKeySet();
                Set<String> proposed = ConcurrentHashMap.newKeySet();
                ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    long grant = grants.get(c);
                    clients.add(load.submit(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            String reference = "O-" + client + "-" + i;
                            String disbursement = "{\"amount\":10,\"date\":\"" + LocalDate.now()
                                    + "\",\"reference\":\"" + reference + "\"}";
                            // a 503 is retried as it is, with the same key, until it is answered
                            if (!untilAnswered(stop, () -> send(node, "np.finance", "api/v1/tenants/NP/proposals/" + grant
                                    + "/grant/disbursements", disbursement, reference, answers), 200)) {
                                break;
                            }
                            disbursed.add(reference);
                            String title = "Outage proposal " + client + "-" + i;
                            String proposal = "{\"title\":\"" + title + "\",\"sector\":\"EDUCATION\","
                                    + "\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":1000}";
                            if (!untilAnswered(stop, () -> send(node, "np.applicant", "api/v1/tenants/NP/proposals", proposal,
                                    null, answers), 201)) {
                                break;
                            }
                            proposed.add(title);
                        }
                        return null;
                    }));
                }
                Slice.waitFor(() -> disbursed.size() >= 20, Duration.ofSeconds(120), "20 disbursements before the outage");
                long connectionsBefore = connections(db);
                int disbursedBefore = disbursed.size();

                db.stop();
                outageFrom.set(System.nanoTime());
                Thread.sleep(OUTAGE.toMillis() / 2);
                int readyDuring = node.healthStatus("health/ready");
                int healthDuring = node.healthStatus("health");
                Api.Reply page = signedIn.get("app/index.xhtml");
                Api.Reply signIn = WebSession.anonymous(node.url()).signInWith("np.applicant", "demo");
                Thread.sleep(OUTAGE.toMillis() / 2);
                outageTo.set(System.nanoTime());
                db.restart();
                long back = System.nanoTime();
                double restartSeconds = (back - outageTo.get()) / 1e9;

                Slice.waitFor(() -> answers.stream().anyMatch(a -> a.sentAt() >= back && a.status() < 300),
                        Duration.ofSeconds(60), "a request served after the database's return");
                Thread.sleep(5_000);
                stop.set(true);
                for (Future<?> client : clients) {
                    client.get(120, TimeUnit.SECONDS);
                }
                load.shutdown();

                // during the outage: 503 problem+json with Retry-After, never a 500
                List<Answer> during = answers.stream()
                        .filter(a -> a.sentAt() >= outageFrom.get() && a.answeredAt() <= outageTo.get()).toList();
                List<Answer> failed = answers.stream().filter(a -> a.status() >= 300).toList();
                System.out.printf("Database outage (raw): %d answers by status %s, %d during the outage; ready %d, health %d, "
                                + "page %d, sign-in %d%n", answers.size(), byStatus(answers), during.size(), readyDuring,
                        healthDuring, page.status(), signIn.status());
                if (answers.stream().anyMatch(a -> a.status() == 500)) {
                    // CI keeps the report, not the node's log: what the node said about its failures
                    try (var lines = java.nio.file.Files.lines(node.log(), java.nio.charset.StandardCharsets.ISO_8859_1)) {
                        lines.filter(l -> l.matches("^(Caused by: )?[a-z]+\\.[\\w.$]+(Exception|Error)\\b.*") || l.contains("SEVERE"))
                                .distinct().limit(60).forEach(l -> System.out.println("node log: " + l));
                    }
                }
                assertThat(during).as("answers during the outage").hasSizeGreaterThan(CLIENTS);
                assertThat(during).as("answers during the outage").allSatisfy(this::isUnavailable);
                assertThat(failed).as("every answer that was not a success").allSatisfy(this::isUnavailable);
                assertThat(answers.stream().filter(a -> a.status() == 500).count()).as("500s").isZero();
                assertThat(readyDuring).as("/health/ready during the outage").isEqualTo(503);
                assertThat(healthDuring).as("/health during the outage").isEqualTo(503);
                assertThat(page.status()).as("a page during the outage").isEqualTo(503);
                assertThat(group(TITLE, page.body())).isEqualTo("Unavailable for a moment");
                assertThat(signIn.status()).as("the sign-in form during the outage").isEqualTo(503);
                assertThat(group(MESSAGE, signIn.body())).isEqualTo(UNAVAILABLE_MESSAGE);

                // after: served again within 10 s, without a restart of the node
                long firstSuccess = answers.stream().filter(a -> a.sentAt() >= back && a.status() < 300)
                        .mapToLong(Answer::answeredAt).min().orElseThrow();
                double recovered = (firstSuccess - back) / 1e9;
                assertThat(recovered).as("seconds from the database's return to the first success").isLessThan(10.0);
                assertThat(node.alive()).isTrue();
                assertThat(node.healthStatus("health/ready")).isEqualTo(200);

                // each request answered 2xx in the database, once
                assertThat(db.count("m4d", "SELECT count(*) FROM disbursement WHERE reference LIKE 'O-%'"))
                        .as("disbursements recorded").isEqualTo(disbursed.size());
                assertThat(db.count("m4d", "SELECT count(DISTINCT reference) FROM disbursement WHERE reference LIKE 'O-%'"))
                        .as("distinct disbursement references").isEqualTo(disbursed.size());
                for (String reference : disbursed) {
                    assertThat(db.count("m4d", "SELECT count(*) FROM disbursement WHERE reference = ?", reference))
                            .as(reference).isEqualTo(1);
                }
                assertThat(db.count("m4d", "SELECT count(*) FROM (SELECT title FROM proposal WHERE title LIKE 'Outage proposal %' "
                        + "GROUP BY title HAVING count(*) > 1) twice"))
                        .as("proposals made twice").isZero();
                for (String title : proposed) {
                    assertThat(db.count("m4d", "SELECT count(*) FROM proposal WHERE title = ?", title)).as(title).isEqualTo(1);
                }
                // no job left locked by the outage, no connection leaked
                int locked = lockedJobs(db);
                assertThat(locked).as("jobs locked and not expired").isZero();
                long connectionsAfter = connections(db);
                assertThat(connectionsAfter).as("connections of the node after the outage").isLessThanOrEqualTo(POOL_MAX);

                System.out.printf("Database outage: %d requests answered during the %d s outage, all 503 problem+json "
                                + "(%d x 500 in all); /health/ready %d; first success %.2f s after the database returned; "
                                + "%d disbursements each once (%d before the outage); %d proposals each once; "
                                + "%d jobs locked; connections %d before, %d after (pool maximum %d); "
                                + "PostgreSQL took %.1f s to start again; answers by status %s%n",
                        during.size(), OUTAGE.toSeconds(), answers.stream().filter(a -> a.status() == 500).count(),
                        readyDuring, recovered, disbursed.size(), disbursedBefore, proposed.size(), locked,
                        connectionsBefore, connectionsAfter, POOL_MAX, restartSeconds, byStatus(answers));
            }
        }
    }

    private void isUnavailable(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        // the resources' mappers name no charset, the sign-in mechanism's answer names UTF-8
        assertThat(answer.contentType().split(";")[0]).as(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.retryAfter()).isEqualTo("30");
        assertThat(answer.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"The database cannot be reached just now; nothing was saved. Send the same request again later\"}");
    }

    /** Sends until the answer is {@code expected}; false when the load stopped first (nothing answered then). */
    private static boolean untilAnswered(AtomicBoolean stop, java.util.function.Supplier<Answer> request, int expected)
            throws InterruptedException {
        while (!stop.get()) {
            if (request.get().status() == expected) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A POST as the user, with an {@code Idempotency-Key} when {@code key} is given; the answer is kept. */
    private static Answer send(NodeProcess node, String user, String path, String json, String key, List<Answer> answers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        long sent = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(sent, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            answer = new Answer(sent, System.nanoTime(), -1, "", null, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(sent, System.nanoTime(), -1, "", null, "interrupted");
        }
        answers.add(answer);
        return answer;
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        // the renderer puts white space around a message's text
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    /** The node's connections to its database (this test's own server, which nothing else uses). */
    private static long connections(FaultDatabase db) {
        return db.count("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = 'm4d' "
                + "AND pid <> pg_backend_pid()");
    }

    /** Jobs whose lock is held and not yet expired: left locked by a node that could not finish them. */
    private static int lockedJobs(FaultDatabase db) throws SQLException {
        int locked = 0;
        try (Connection c = db.connect("m4d"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT lock_exp_time_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL")) {
            while (r.next()) {
                Instant expires = r.getTimestamp(1) == null ? Instant.MIN : r.getTimestamp(1).toInstant();
                if (expires.isAfter(Instant.now())) {
                    locked++;
                }
            }
        }
        return locked;
    }

    private static Map<Integer, Long> byStatus(List<Answer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(Answer::status,
                java.util.stream.Collectors.counting()));
    }
}
