package org.m4d.grants.bench;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4d.grants.it.Api;
import org.m4d.grants.it.FaultDatabase;
import org.m4d.grants.it.NodeProcess;

/**
 * The load test of issue 13 ({@code mvn -Pbench verify -Dit.test=LoadBenchmark}, docs/benchmarks.md): one or two
 * Payara Micro nodes ({@code -Dload.nodes}) on one PostgreSQL server of its own, {@code -Dload.users} users of the
 * 11 countries for {@code -Dload.minutes} ({@link LoadSimulation}, run by Gatling in this JVM). While it runs, the
 * heap and resident memory of each node, the database's connections and lock waits are sampled. Prints per kind
 * of request p50/p95/p99 and errors, the offered rate, the completions' p95 against its 300 ms target, the
 * samples, and CPU seconds per completed lifecycle of each node; writes them to {@code target/load-benchmark.txt}
 * (Gatling's own HTML report in {@code target/gatling/}). Not a test: it fails only when a request failed.
 */
class LoadBenchmark {

    private static final Duration START = Duration.ofSeconds(300);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    private static final double COMPLETION_P95_TARGET_MS = 300;

    @Test
    void usersOfElevenCountries() throws Exception {
        int users = Integer.getInteger("load.users", 200);
        String minutes = System.getProperty("load.minutes", "10");
        int nodeCount = Integer.getInteger("load.nodes", 1);
        Path target = Path.of(System.getProperty("m4d.war", "target/m4d-grants.war")).toAbsolutePath().getParent();
        try (FaultDatabase db = FaultDatabase.start("load")) {
            db.create("m4d");
            List<NodeProcess> nodes = new ArrayList<>();
            try {
                // one after the other: the first migrates the schema and seeds the demo data
                for (int i = 0; i < nodeCount; i++) {
                    String name = "load-" + (char) ('a' + i);
                    freshRoot(target.resolve("nodes").resolve(name + "-root"));
                    nodes.add(NodeProcess.start(name, db.url("m4d")).awaitReady(START));
                }
                nodes.forEach(LoadBenchmark::awaitApi);
                seedUsers(db);
                String partners = LoadSimulation.GRANTING.stream()
                        .map(country -> country + "=" + lowRiskPartner(nodes.get(0), country))
                        .collect(Collectors.joining(","));
                System.setProperty("load.urls", nodes.stream().map(n -> n.base().replaceAll("/$", ""))
                        .collect(Collectors.joining(",")));
                System.setProperty("load.partners", partners);

                Samples samples = new Samples(db, nodes);
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleWithFixedDelay(samples::take, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                long[] cpuBefore = nodes.stream().mapToLong(n -> cpuTicks(n.pid())).toArray();
                long deadlocksBefore = deadlocks(db);
                long started = System.nanoTime();
                Path results = target.resolve("gatling");
                int exit = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", LoadSimulation.class.getName(),
                        "--results-folder", results.toString(), "--run-description", users + " users, " + minutes
                        + " min, " + nodeCount + " node(s)"});
                double seconds = (System.nanoTime() - started) / 1e9;
                sampler.shutdown();
                sampler.awaitTermination(60, TimeUnit.SECONDS);
                long[] cpuAfter = nodes.stream().mapToLong(n -> cpuTicks(n.pid())).toArray();
                long lifecycles = db.count("m4d", "SELECT count(*) FROM proposal WHERE state = 'CLOSED' AND title LIKE 'Load %'");
                long disbursements = db.count("m4d", "SELECT count(*) FROM disbursement WHERE reference LIKE 'L-%'");

                StringBuilder out = new StringBuilder();
                out.append(String.format(Locale.ROOT, "%nLoad: %d users of 11 countries, %s min after the ramp-up, think "
                        + "time %s s (mean), %d node(s) on one PostgreSQL; %.0f s in all, Gatling exit %d%n", users, minutes,
                        System.getProperty("load.think", "3"), nodeCount, seconds, exit));
                long errors = requests(LoadSimulation.FIGURES, seconds, out);
                out.append(String.format(Locale.ROOT, "tasks that never appeared in the inbox: %d%n", LoadSimulation.STUCK.get()));
                RequestFigures.Kind completions = LoadSimulation.FIGURES.kinds().get("complete");
                double completionP95 = completions == null ? Double.NaN : completions.percentile(0.95);
                out.append(String.format(Locale.ROOT, "completion p95: %.0f ms (target <= %.0f ms: %s)%n", completionP95,
                        COMPLETION_P95_TARGET_MS, completionP95 <= COMPLETION_P95_TARGET_MS ? "met" : "NOT met"));
                out.append(String.format(Locale.ROOT, "lifecycles completed: %d (%.2f/min), disbursements recorded: %d%n",
                        lifecycles, lifecycles / (seconds / 60), disbursements));
                for (int i = 0; i < nodes.size(); i++) {
                    double cpu = (cpuAfter[i] - cpuBefore[i]) / (double) CLOCK_TICKS;
                    out.append(String.format(Locale.ROOT, "node %s: CPU %.1f s over the run, %.2f s per completed lifecycle%n",
                            nodes.get(i).name(), cpu, lifecycles == 0 ? Double.NaN : cpu / lifecycles));
                }
                samples.report(out);
                out.append(String.format(Locale.ROOT, "deadlocks during the run: %d%n", deadlocks(db) - deadlocksBefore));
                String text = out.toString();
                System.out.println(text);
                Files.writeString(target.resolve("load-benchmark.txt"), text);
                if (errors > 0 || LoadSimulation.STUCK.get() > 0 || exit != 0) {
                    throw new IllegalStateException("The load run had " + errors + " failed requests and "
                            + LoadSimulation.STUCK.get() + " stuck tasks (Gatling exit " + exit + "); see " + results);
                }
            } finally {
                nodes.forEach(NodeProcess::close);
            }
        }
    }

    /**
     * The users the lifecycle needs in each country (an applicant, a coordinator, an IOM and a UNDP reviewer,
     * finance), made where the demo data has none: the same roles as Nepal's, the same password.
     */
    private static void seedUsers(FaultDatabase db) throws SQLException {
        try (Connection c = db.connect("m4d")) {
            for (String country : LoadSimulation.COUNTRIES) {
                for (String role : LoadSimulation.ROLES) {
                    String username = country.toLowerCase(Locale.ROOT) + "." + role;
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO user_account (username, display_name, "
                            + "password_hash, enabled) SELECT ?, ?, password_hash, TRUE FROM user_account "
                            + "WHERE username = ? ON CONFLICT DO NOTHING")) {
                        s.setString(1, username);
                        s.setString(2, "Load user " + username);
                        s.setString(3, "np." + role);
                        if (s.executeUpdate() == 0) {
                            continue;
                        }
                    }
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO membership (username, tenant_code, role, "
                            + "agency) SELECT ?, ?, role, agency FROM membership WHERE username = ?")) {
                        s.setString(1, username);
                        s.setString(2, country);
                        s.setString(3, "np." + role);
                        s.executeUpdate();
                    }
                }
            }
        }
    }

    /**
     * Empties a node's root directory left by an earlier run: Payara Micro deploys again what it finds there
     * besides the WAR it is given (docs/benchmarks.md, "Start and memory"); a node on an earlier run's root was
     * seen deployed twice and never ready.
     */
    private static void freshRoot(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * Waits until the node answers an API request: its readiness check can answer before the application serves
     * requests at its context root (a first try answered 500 with no body).
     */
    private static void awaitApi(NodeProcess node) {
        Api pmu = Api.as(node.url(), "pmu");
        long deadline = System.nanoTime() + START.toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = pmu.get("api/v1/me").status();
            } catch (IllegalStateException e) {
                status = -1;
            }
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Node " + node.name() + " answered " + status + " to the API; see " + node.log());
    }

    /** A partner of the country assessed today as of low risk, through the API: its grants are paid by advances. */
    private static long lowRiskPartner(NodeProcess node, String country) {
        Api coordinator = Api.as(node.url(), country.toLowerCase(Locale.ROOT) + ".coordinator");
        Api.Reply created = coordinator.post("api/v1/tenants/" + country + "/partners", "{\"name\":\"Load partner "
                + country + "\",\"type\":\"NGO_CSO\",\"vendorNumber\":\"L-" + country + "\"}");
        expect(created, 201);
        long id = created.json().getJsonNumber("id").longValue();
        expect(coordinator.post("api/v1/tenants/" + country + "/partners/" + id + "/assessments",
                "{\"rating\":\"LOW\",\"assessedOn\":\"" + LocalDate.now() + "\",\"assessor\":\"Audit firm\"}"), 201);
        return id;
    }

    private static void expect(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }

    /** Prints one line per kind of request and one for all; returns the number of failed requests. */
    private static long requests(RequestFigures figures, double seconds, StringBuilder out) {
        RequestFigures.Kind all = figures.all();
        out.append(String.format(Locale.ROOT, "offered rate: %.1f requests/s (%d requests in %.0f s)%n",
                all.count() / seconds, all.count(), seconds));
        out.append(String.format(Locale.ROOT, "%-18s %9s %7s %8s %8s %8s%n", "request", "count", "errors", "p50 ms",
                "p95 ms", "p99 ms"));
        figures.kinds().forEach((name, kind) -> line(out, name, kind));
        line(out, "all", all);
        return all.errors();
    }

    private static void line(StringBuilder out, String name, RequestFigures.Kind kind) {
        out.append(String.format(Locale.ROOT, "%-18s %9d %7d %8.0f %8.0f %8.0f%n", name, kind.count(), kind.errors(),
                kind.percentile(0.50), kind.percentile(0.95), kind.percentile(0.99)));
    }

    /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
    private static final long CLOCK_TICKS = 100;

    /** utime + stime of a process, in clock ticks. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3 of stat(5), utime 14 and stime 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long deadlocks(FaultDatabase db) {
        return db.count("m4d", "SELECT deadlocks FROM pg_stat_database WHERE datname = 'm4d'");
    }

    /** What is sampled every few seconds while the load runs: per node heap and RSS, the database's sessions. */
    private static final class Samples {

        private final FaultDatabase db;
        private final List<NodeProcess> nodes;
        /** jstat is a JVM of its own, about half a CPU second: the heap is read at every sixth sample only. */
        private static final int HEAP_EVERY = 6;
        private final Map<String, List<Double>> series = new LinkedHashMap<>();
        private int taken;

        Samples(FaultDatabase db, List<NodeProcess> nodes) {
            this.db = db;
            this.nodes = nodes;
        }

        void take() {
            try {
                boolean heap = taken++ % HEAP_EVERY == 0;
                for (NodeProcess node : nodes) {
                    if (heap) {
                        add("node " + node.name() + " heap used, MiB (every " + HEAP_EVERY * SAMPLE_EVERY.toSeconds()
                                + " s)", heapUsedKib(node.pid()) / 1024.0);
                    }
                    add("node " + node.name() + " RSS, MiB", rssKib(node.pid()) / 1024.0);
                }
                try (Connection c = db.connect("postgres"); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE state = 'active'), "
                             + "count(*) FILTER (WHERE wait_event_type = 'Lock'), "
                             + "(SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                             + "WHERE d.datname = 'm4d' AND NOT l.granted) "
                             + "FROM pg_stat_activity WHERE datname = 'm4d'")) {
                    r.next();
                    add("PostgreSQL connections to m4d", r.getLong(1));
                    add("  of them active", r.getLong(2));
                    add("  of them waiting for a lock", r.getLong(3));
                    add("locks not granted (pg_locks)", r.getLong(4));
                }
            } catch (SQLException | RuntimeException e) {
                System.err.println("Load sample failed: " + e);
            }
        }

        private synchronized void add(String name, double value) {
            series.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        synchronized void report(StringBuilder out) {
            out.append(String.format(Locale.ROOT, "  %-58s %8s %8s %8s %6s%n", "sampled every " + SAMPLE_EVERY.toSeconds()
                    + " s over the run", "min", "mean", "max", "n"));
            series.forEach((name, values) -> out.append(String.format(Locale.ROOT, "  %-58s %8.1f %8.1f %8.1f %6d%n",
                    name, values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), values.size())));
        }

        /** Young and old generation in use, from {@code jstat -gc} (KiB): S0U + S1U + EU + OU. */
        private static double heapUsedKib(long pid) {
            try {
                Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                        "-gc", Long.toString(pid)).redirectErrorStream(true).start();
                List<String> lines = new String(jstat.getInputStream().readAllBytes()).lines().toList();
                jstat.waitFor(30, TimeUnit.SECONDS);
                List<String> header = List.of(lines.get(0).trim().split("\\s+"));
                String[] values = lines.get(1).trim().split("\\s+");
                double used = 0;
                for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(values[header.indexOf(column)]);
                }
                return used;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }

        /** VmRSS of /proc/PID/status, KiB. */
        private static double rssKib(long pid) {
            try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
                return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                        .mapToDouble(Double::parseDouble).findFirst().orElse(Double.NaN);
            } catch (IOException e) {
                return Double.NaN;
            }
        }
    }
}
