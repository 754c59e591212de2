package org.m4d.grants.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.m4d.grants.it.Slice;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The load of issue 13, driven by Gatling for {@link LoadBenchmark}: {@code load.users} virtual users of the
 * programme's 11 countries, each with think time between its steps, for {@code load.minutes} after a ramp-up.
 * A user of a country that takes applications drives whole grant lifecycles there (the 19 user steps of
 * {@link AppLifecycles}: inbox, claim of the group tasks, completion, the two tranches' disbursements); a user
 * of a country in its preparatory phase (not grant-eligible in the reference data) signs in and reads its
 * inbox and proposals, as such a country's staff do. Users are spread over the nodes of {@code load.urls}.
 * Configured by system properties that the benchmark sets before Gatling builds it.
 */
public class LoadSimulation extends Simulation {

    /** The programme's countries: user number {@code i} is of {@code COUNTRIES[i % 11]}. */
    static final List<String> COUNTRIES = List.of("NP", "SN", "BD", "EC", "JM", "KG", "MD", "MA", "PH", "RS", "TN");
    /** Those that take applications (tenant.grant_eligible in the reference data); the others only read. */
    static final Set<String> GRANTING = Set.of("NP", "SN", "EC", "MA", "RS", "TN");
    /** The roles whose users the lifecycle signs in as, by the suffix of their user name ({@code np.finance}). */
    static final List<String> ROLES = List.of("applicant", "coordinator", "reviewer.iom", "reviewer.undp", "finance");

    /** A task that did not appear in its user's inbox within {@link #MAX_POLLS} looks: counted as an error. */
    static final AtomicInteger STUCK = new AtomicInteger();
    private static final int MAX_POLLS = 60;
    private static final String NONE = "none";
    private static final String MILLIS = "ms";
    /** Set on a user whose lifecycle has a task that never appeared: the rest of that lifecycle is skipped. */
    private static final String ABANDONED = "abandoned";
    private static final String SIGNED_IN = "signedIn";
    /** The figures of every request of the run, by kind. */
    static final RequestFigures FIGURES = new RequestFigures();

    private final long end;
    private final double think;
    /**
     * Response times are kept from here on ({@code load.warmup} s after the ramp-up, 60 by default): the node
     * starts just before the load, and the ramp-up on a cold JVM is no steady state. Every request is still
     * counted, and so is every error.
     */
    private final long measureFrom;

    public LoadSimulation() {
        int users = Integer.getInteger("load.users", 200);
        double minutes = Double.parseDouble(System.getProperty("load.minutes", "10"));
        think = Double.parseDouble(System.getProperty("load.think", "3"));
        List<String> urls = Arrays.asList(System.getProperty("load.urls").split(","));
        Map<String, String> partners = Stream.of(System.getProperty("load.partners").split(","))
                .map(p -> p.split("=")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        Duration ramp = Duration.ofSeconds(Math.max(1, Math.min(60, users / 4)));
        long start = System.nanoTime();
        end = start + ramp.toNanos() + (long) (minutes * 60e9);
        double warmup = Double.parseDouble(System.getProperty("load.warmup", "60"));
        measureFrom = start + ramp.toNanos() + (long) (warmup * 1e9);

        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> numbered = Stream.generate(() -> {
            int vu = next.getAndIncrement();
            String country = COUNTRIES.get(vu % COUNTRIES.size());
            Map<String, Object> user = new HashMap<>();
            user.put("vu", vu);
            user.put("C", country);
            user.put("c", country.toLowerCase(Locale.ROOT));
            user.put("partner", partners.getOrDefault(country, "null"));
            user.put("granting", GRANTING.contains(country));
            user.put("n", 0);
            return user;
        }).iterator();

        String today = LocalDate.now().toString();
        String disbursement = "{\"amount\":50000,\"date\":\"" + today + "\",\"reference\":\"L-#{proposal}\"}";
        String advance = "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\",\"lines\":[{\"description\":"
                + "\"Activities\",\"amount\":50000}]}";
        String authorised = "{\"authorisedAmounts\":[50000]}";
        String scores = Slice.scores(4);

        ChainBuilder lifecycle = exec(session -> session.remove(ABANDONED)).exec(
                timed("sign in", "GET", "/api/v1/me", "applicant", r -> r.check(status().is(200))),
                pause(thinkTime()),
                timed("create proposal", "POST", "/api/v1/tenants/#{C}/proposals", "applicant", r -> r
                        .body(StringBody("{\"title\":\"Load #{vu}-#{n}\",\"sector\":\"HEALTH\",\"leadActor\":"
                                + "\"NATIONAL_INSTITUTION\",\"requestedAmount\":100000,\"partnerId\":#{partner}}")).asJson()
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("proposal"))),
                timed("submit proposal", "POST", "/api/v1/tenants/#{C}/proposals/#{proposal}/submit", "applicant",
                        r -> r.check(status().is(200))))
                .exitHereIfFailed()
                .exec(step("coordinator", GrantLifecycle.SCREEN_ELIGIBILITY, "{\"decision\":\"ACCEPT\"}", true))
                .exec(step("reviewer.iom", GrantLifecycle.DECLARE_CONFLICT, "{\"conflict\":false}", true))
                .exec(step("reviewer.iom", GrantLifecycle.SCORE_PROPOSAL, scores, false))
                .exec(step("reviewer.undp", GrantLifecycle.DECLARE_CONFLICT, "{\"conflict\":false}", true))
                .exec(step("reviewer.undp", GrantLifecycle.SCORE_PROPOSAL, scores, false))
                .exec(step("coordinator", GrantLifecycle.APPROVE_GRANT, "{\"decision\":\"ACCEPT\"}", true))
                .exec(step("finance", GrantLifecycle.SET_TRANCHE_PLAN,
                        "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[50,50]}", false))
                .exec(step("applicant", GrantLifecycle.REQUEST_ADVANCE, advance, false))
                .exec(step("finance", GrantLifecycle.AUTHORISE_ADVANCE, authorised, false))
                .exec(step("finance", GrantLifecycle.RELEASE_TRANCHE, disbursement, false))
                .exec(step("applicant", GrantLifecycle.SUBMIT_REPORTS, report(today, 40000), false))
                .exec(step("coordinator", GrantLifecycle.VERIFY_PROGRESS_REPORT, "{\"accepted\":true}", false))
                .exec(step("finance", GrantLifecycle.VERIFY_FINANCIAL_REPORT, "{\"accepted\":true}", false))
                .exec(step("applicant", GrantLifecycle.REQUEST_ADVANCE, advance, false))
                .exec(step("finance", GrantLifecycle.AUTHORISE_ADVANCE, authorised, false))
                .exec(step("finance", GrantLifecycle.RELEASE_TRANCHE, disbursement, false))
                .exec(step("applicant", GrantLifecycle.SUBMIT_FINAL_REPORT, report(today, 90000), false))
                .exec(step("coordinator", GrantLifecycle.CLOSE_GRANT,
                        "{\"note\":\"done\",\"summary\":\"done\",\"lessons\":\"none\"}", false))
                .doIf(session -> !session.contains(ABANDONED)).then(
                        timed("read proposal", "GET", "/api/v1/tenants/#{C}/proposals/#{proposal}", "applicant",
                                r -> r.check(status().is(200), jsonPath("$.state").is("CLOSED"))))
                .exec(session -> session.set("n", session.getInt("n") + 1));

        // staff of such a country sign in once and then work; they do not sign in again before every look
        ChainBuilder reading = exec(
                doIf(session -> !session.contains(SIGNED_IN)).then(
                        timed("sign in", "GET", "/api/v1/me", "coordinator", r -> r.check(status().is(200))),
                        pause(thinkTime()),
                        exec(session -> session.set(SIGNED_IN, true))),
                timed("inbox", "GET", "/api/v1/tenants/#{C}/tasks", "coordinator", r -> r.check(status().is(200))),
                pause(thinkTime()),
                timed("proposals", "GET", "/api/v1/tenants/#{C}/proposals", "coordinator", r -> r.check(status().is(200))),
                pause(thinkTime()));

        setUp(scenario("users of 11 countries").feed(numbered)
                .asLongAs(session -> System.nanoTime() < end).on(
                        doIfOrElse(session -> session.getBoolean("granting")).then(lifecycle).orElse(reading))
                .injectOpen(rampUsers(users).during(ramp)))
                .protocols(http.baseUrls(urls).acceptHeader("application/json"));
    }

    /**
     * One user step: the user reads the inbox until the proposal's task is there (a task that follows an
     * asynchronous step appears only after the job executor ran it), thinks, claims a group task, completes.
     * A task that never appears is counted in {@link #STUCK} (the run fails on it) and the user gives that
     * proposal up and starts the next one: ending the user instead took its load out of the rest of the run.
     */
    private ChainBuilder step(String role, String key, String payload, boolean claim) {
        return doIf(session -> !session.contains(ABANDONED)).then(
                exec(session -> session.set("task", NONE).set("polls", 0))
                .asLongAs(session -> NONE.equals(session.getString("task")) && session.getInt("polls") < MAX_POLLS).on(
                        exec(session -> session.set("polls", session.getInt("polls") + 1)),
                        timed("inbox", "GET", "/api/v1/tenants/#{C}/tasks?key=" + key + "&max=200", role, r -> r
                                .check(status().is(200), bodyString().transformWithSession(LoadSimulation::taskOfProposal)
                                        .saveAs("task"))),
                        doIf(session -> NONE.equals(session.getString("task"))).then(pause(Duration.ofSeconds(1))))
                .doIfOrElse(session -> NONE.equals(session.getString("task"))).then(
                        exec(session -> {
                            STUCK.incrementAndGet();
                            return session.set(ABANDONED, true);
                        }))
                .orElse(
                        pause(thinkTime()),
                        doIf(session -> claim).then(timed("claim", "POST", "/api/v1/tenants/#{C}/tasks/#{task}/claim",
                                role, r -> r.check(status().is(200)))),
                        timed("complete", "POST", "/api/v1/tenants/#{C}/tasks/#{task}/complete", role,
                                r -> r.body(StringBody(payload)).asJson().check(status().is(204)))));
    }

    /**
     * A request as the user of the role in the VU's country, then its figures into {@link #FIGURES}: its response
     * time when it was answered after the warm-up (the first check, so that it is kept when a later one fails) and
     * whether it passed its checks. A failed request ends the user; the run then counts as failed.
     */
    private ChainBuilder timed(String kind, String method, String path, String role,
                               UnaryOperator<HttpRequestActionBuilder> rest) {
        HttpRequestActionBuilder request = (method.equals("GET") ? http(kind).get(path) : http(kind).post(path))
                .basicAuth("#{c}." + role, "demo").check(responseTimeInMillis().saveAs(MILLIS));
        return exec(session -> session.remove(MILLIS))
                .exec(rest.apply(request))
                .exec(session -> {
                    boolean measured = System.nanoTime() >= measureFrom;
                    FIGURES.record(kind, measured && session.contains(MILLIS) ? session.getInt(MILLIS) : null,
                            !session.isFailed());
                    return session;
                })
                .exitHereIfFailed();
    }

    /** Think time: uniform between half and one and a half times {@code load.think} seconds. */
    private java.util.function.Function<Session, Duration> thinkTime() {
        return session -> Duration.ofMillis((long) (think * 1000 * (0.5 + Math.random())));
    }

    /** The id of the task of this user's proposal in an inbox page, or {@value #NONE}. */
    private static String taskOfProposal(String body, Session session) {
        long proposal = session.getLong("proposal");
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject)
                    .filter(t -> !t.isNull("proposalId") && t.getJsonNumber("proposalId").longValue() == proposal)
                    .map(t -> t.getString("id")).findFirst().orElse(NONE);
        }
    }

    private static String report(String today, int expenditure) {
        return "{\"narrative\":\"On track\",\"beneficiariesReached\":10,\"periodStart\":\"2026-01-01\",\"periodEnd\":\""
                + today + "\",\"expenditure\":" + expenditure + "}";
    }
}
