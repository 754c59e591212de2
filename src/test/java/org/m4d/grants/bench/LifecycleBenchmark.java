package org.m4d.grants.bench;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.it.Deployments;

/**
 * The lifecycle benchmark ({@code mvn -Pbench verify}): N complete grant lifecycles from several
 * threads through the application on Payara Micro and PostgreSQL, then the same models on a bare
 * engine with no application logic, on its own database of the same server. Prints lifecycles/s,
 * user steps/s, p50/p95 per step, SQL statements and commits per lifecycle, and the ratios; writes
 * them to {@code target/benchmark.txt}. Not a test: it asserts only that every lifecycle completed.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleBenchmark {

    private static final int WARM_UP = 4;
    /** How long each side stays idle before it is measured, to tell its background commits. */
    private static final long IDLE_MILLIS = 20_000;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    URL app;

    @Test
    void appVersusBareEngine() throws Exception {
        int n = Integer.getInteger("bench.lifecycles", 40);
        int threads = Integer.getInteger("bench.threads", 4);
        String url = System.getenv("DB_URL");
        String user = System.getenv("DB_USER");
        String password = System.getenv("DB_PASSWORD");
        PgCounters counters = new PgCounters(url, user, password);
        String level = counters.historyLevel("postgres");
        List<String> bareLevels = level.equals("full") ? List.of("full") : List.of(level, "full");
        for (String history : bareLevels) {
            counters.prepare("bare_" + history);
        }

        AppLifecycles appDriver = new AppLifecycles(app);
        Figures appFigures = measure("app", n, threads, counters, "postgres", appDriver::run);
        Files.writeString(Path.of("target", "benchmark-statements.txt"), "Most frequent statements of the app's "
                + n + " lifecycles (calls, total time, statement)\n" + counters.top("postgres", 150));

        Map<String, Figures> bare = new LinkedHashMap<>();
        for (String history : bareLevels) {
            String database = "bare_" + history;
            try (BareLifecycles engine = new BareLifecycles(url.substring(0, url.lastIndexOf('/') + 1) + database,
                    user, password, threads, history)) {
                bare.put(history, measure("bare engine " + history, n, threads, counters, database, engine::run));
            }
        }
        String text = report(n, threads, level, appFigures, bare);
        System.out.println(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text);
    }

    interface Lifecycle {
        void run(int number, Figures figures);
    }

    private static Figures measure(String name, int n, int threads, PgCounters counters, String database,
                                   Lifecycle lifecycle) throws Exception {
        Figures warmUp = new Figures(name + " warm-up");
        run(WARM_UP, threads, lifecycle, warmUp, 100_000);
        Figures figures = new Figures(name);
        long[] idleStart = counters.read(database);
        long idleFrom = System.nanoTime();
        Thread.sleep(IDLE_MILLIS);
        long[] idleEnd = counters.read(database);
        figures.idleCommitsPerSecond = (idleEnd[1] - idleStart[1]) / ((System.nanoTime() - idleFrom) / 1e9);
        counters.resetStatements();
        long[] before = counters.read(database);
        long start = System.nanoTime();
        run(n, threads, lifecycle, figures, 0);
        figures.seconds = (System.nanoTime() - start) / 1e9;
        long[] after = counters.read(database);
        figures.lifecycles = n;
        figures.statements = after[0] - before[0];
        figures.commits = after[1] - before[1];
        figures.rollbacks = after[2] - before[2];
        return figures;
    }

    private static void run(int n, int threads, Lifecycle lifecycle, Figures figures, int offset) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    lifecycle.run(offset + i, figures);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private static String report(int n, int threads, String level, Figures app, Map<String, Figures> bareByLevel) {
        StringBuilder out = new StringBuilder();
        Figures bare = bareByLevel.get(level);
        Figures bareFull = bareByLevel.get("full");
        out.append(String.format(Locale.ROOT, "%nLifecycle benchmark: %d complete lifecycles, %d threads, PostgreSQL, "
                + "app at history %s, %d user steps each%n", n, threads, level.toUpperCase(Locale.ROOT),
                app.userSteps() / n));
        out.append(String.format(Locale.ROOT, "%-26s %14s %14s %10s%n", "", "app", "bare " + level, "app/bare"));
        row(out, "lifecycles/s", app.lifecyclesPerSecond(), bare.lifecyclesPerSecond());
        row(out, "user steps/s", app.stepsPerSecond(), bare.stepsPerSecond());
        row(out, "SQL statements/lifecycle", app.statementsPerLifecycle(), bare.statementsPerLifecycle());
        row(out, "commits/lifecycle", app.commitsPerLifecycle(), bare.commitsPerLifecycle());
        row(out, "rollbacks/lifecycle", app.rollbacksPerLifecycle(), bare.rollbacksPerLifecycle());
        row(out, "commits/user step", app.commitsPerUserStep(), bare.commitsPerUserStep());
        row(out, "transactions/user step", app.transactionsPerUserStep(), bare.transactionsPerUserStep());
        row(out, "commits/s while idle", app.idleCommitsPerSecond, bare.idleCommitsPerSecond);
        if (bare != bareFull) {
            out.append(String.format(Locale.ROOT, "%-26s %14s %14s %10s%n", "", "app " + level, "bare full",
                    "app/bare"));
            row(out, "lifecycles/s", app.lifecyclesPerSecond(), bareFull.lifecyclesPerSecond());
            row(out, "SQL statements/lifecycle", app.statementsPerLifecycle(), bareFull.statementsPerLifecycle());
            row(out, "commits/lifecycle", app.commitsPerLifecycle(), bareFull.commitsPerLifecycle());
        }
        out.append(String.format(Locale.ROOT, "%nPer step, ms (p50 / p95): from looking the task up to completing it%n"));
        out.append(String.format(Locale.ROOT, "%-22s %17s", "step", "app"));
        bareByLevel.keySet().forEach(h -> out.append(String.format(Locale.ROOT, " %17s", "bare " + h)));
        out.append(System.lineSeparator());
        for (Map.Entry<String, double[]> step : app.percentiles().entrySet()) {
            out.append(String.format(Locale.ROOT, "%-22s %8.1f / %6.1f", step.getKey(), step.getValue()[0],
                    step.getValue()[1]));
            for (Figures b : bareByLevel.values()) {
                double[] p = b.percentiles().getOrDefault(step.getKey(), new double[] {Double.NaN, Double.NaN});
                out.append(String.format(Locale.ROOT, " %8.1f / %6.1f", p[0], p[1]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, double app, double bare) {
        out.append(String.format(Locale.ROOT, "%-26s %14.2f %14.2f %10.2f%n", name, app, bare, app / bare));
    }
}
