package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a {@code pg_dump} taken while the app is under load restores into a fresh database on which the app
 * starts with a clean consistency check. The commands are those of config/README.md ("Back up and restore"):
 * {@code pg_dump -Fc} and {@code pg_restore --no-owner} into a database made for it. Runs on a PostgreSQL of the
 * major version of the machine's pg_dump ({@link FaultDatabase#startForDump}).
 */
class RestoreIT {

    private static final Duration START = Duration.ofSeconds(240);

    @Test
    void aDumpTakenUnderLoadRestoresIntoAFreshDatabaseThatStartsClean() throws Exception {
        requirePgDump();
        Path dump = Path.of(System.getProperty("m4d.war", "target/m4d-grants.war")).toAbsolutePath().getParent()
                .resolve("fault-db").resolve("m4d.dump");
        try (FaultDatabase db = FaultDatabase.startForDump("restore")) {
            db.create("m4d");
            int answered;
            int before;
            try (NodeProcess node = NodeProcess.start("restore-a", db.url("m4d")).awaitReady(START)) {
                long partner = PartnerGrants.significantPartner(node.url(), "Restore partner");
                // load: grants made and paid on two threads while the dump runs
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger paid = new AtomicInteger();
                ExecutorService load = Executors.newFixedThreadPool(2);
                List<Future<?>> clients = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int client = t;
                    clients.add(load.submit(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            long grant = PartnerGrants.grantOf(node.url(), partner, "Restore load " + client + "-" + i);
                            Api.Reply reply = Api.as(node.url(), "np.finance").post("api/v1/tenants/NP/proposals/" + grant
                                    + "/grant/disbursements", "{\"amount\":1000,\"date\":\"" + LocalDate.now()
                                    + "\",\"reference\":\"R-" + client + "-" + i + "\"}");
                            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                            paid.incrementAndGet();
                        }
                        return null;
                    }));
                }
                Slice.waitFor(() -> paid.get() >= 2, Duration.ofSeconds(120), "two disbursements before the dump");
                before = paid.get();
                int dumped = run(Map.of("PGPASSWORD", "postgres"), "pg_dump", "-Fc", "-h", "localhost", "-p",
                        Integer.toString(db.port()), "-U", "postgres", "-f", dump.toString(), "m4d");
                int dumpStarted = before;
                Slice.waitFor(() -> paid.get() >= dumpStarted + 2, Duration.ofSeconds(120), "two disbursements after the dump began");
                stop.set(true);
                for (Future<?> client : clients) {
                    client.get(120, TimeUnit.SECONDS);
                }
                load.shutdown();
                assertThat(dumped).as("pg_dump's exit code").isZero();
                answered = paid.get();
                assertThat(answered).as("disbursements paid during the run").isGreaterThan(before);
                System.out.printf("Restore: %d disbursements paid under load, %d of them before the dump began, dump %d bytes%n",
                        answered, before, Files.size(dump));
            }

            db.create("restored");
            int restored = run(Map.of("PGPASSWORD", "postgres"), "pg_restore", "--no-owner", "-h", "localhost", "-p",
                    Integer.toString(db.port()), "-U", "postgres", "-d", "restored", dump.toString());
            assertThat(restored).as("pg_restore's exit code").isZero();
            long inDump = db.count("restored", "SELECT count(*) FROM disbursement WHERE reference LIKE 'R-%'");
            assertThat(inDump).as("disbursements restored").isBetween((long) before, (long) answered);

            try (NodeProcess node = NodeProcess.start("restore-b", db.url("restored")).awaitReady(START)) {
                Api.Reply check = Api.as(node.url(), "pmu").get("api/v1/consistency");
                assertThat(check.status()).as(check.body()).isEqualTo(200);
                assertThat(check.json().getInt("count")).as(check.body()).isZero();
                // the restored app takes new work: one more grant paid
                long partner = PartnerGrants.significantPartner(node.url(), "Restore partner after");
                long grant = PartnerGrants.grantOf(node.url(), partner, "After the restore");
                Api.Reply reply = Api.as(node.url(), "np.finance").post("api/v1/tenants/NP/proposals/" + grant
                        + "/grant/disbursements", "{\"amount\":1000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"R-after\"}");
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                assertThat(db.count("restored", "SELECT count(*) FROM disbursement WHERE reference LIKE 'R-%'")).isEqualTo(inDump + 1);
                System.out.printf("Restore: %d disbursements in the restored database, consistency mismatches %d%n",
                        inDump, check.json().getInt("count"));
            }
        }
    }

    /** Like the browser tests: skipped loudly on a developer's machine without the client, a failure in CI. */
    private static void requirePgDump() {
        boolean found = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pg_dump")) && Files.isExecutable(Path.of(dir, "pg_restore")));
        if (!found) {
            String message = "pg_dump or pg_restore is missing (apt-get install postgresql-client): the restore test cannot run";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("\n!!! SKIPPING THE RESTORE TEST: " + message + "\n");
            Assumptions.abort(message);
        }
    }

    private static int run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
