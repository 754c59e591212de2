package org.m4d.grants.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the app: a Payara Micro process of its own, started by a test (not by Arquillian) with the
 * WAR the build produced, on a database the test names. The fault tests kill it ({@code kill -9}), stop it
 * or start a second one beside it. Its output goes to {@code target/nodes/NAME.log}.
 */
public final class NodeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final String contextRoot;
    private final Path log;
    private final Process process;

    private NodeProcess(String name, int port, String contextRoot, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.contextRoot = contextRoot;
        this.log = log;
        this.process = process;
    }

    /** Starts a node on the database at {@code dbUrl} (user and password postgres), with the demo data. */
    public static NodeProcess start(String name, String dbUrl) {
        return start(name, dbUrl, Map.of());
    }

    /**
     * Starts a node; {@code env} adds to or overrides the environment (e.g. {@code M4D_JOB_LOCK_TIME}). Returns at
     * once: call {@link #awaitReady(Duration)}.
     */
    public static NodeProcess start(String name, String dbUrl, Map<String, String> env) {
        return start(name, dbUrl, env, "/", false);
    }

    /**
     * The app of the integration-test run ({@link SharedApp}): on the run's database, at the context root
     * Arquillian gives the WAR ({@code /m4d-grants/}), its output on the console like Arquillian's.
     */
    static NodeProcess startShared() {
        // the run's public address (links in mail name it), as the Arquillian deployments have it
        String publicUrl = System.getenv().getOrDefault("M4D_PUBLIC_URL", "http://m4d.test/");
        return start("app", System.getenv("DB_URL"), Map.of("M4D_PUBLIC_URL", publicUrl), "/m4d-grants/", true);
    }

    private static NodeProcess start(String name, String dbUrl, Map<String, String> env, String contextRoot, boolean console) {
        int port = freePort();
        Path target = Path.of(System.getProperty("m4d.war", "target/m4d-grants.war")).toAbsolutePath().getParent();
        Path nodes = target.resolve("nodes");
        Path root = nodes.resolve(name + "-root");
        Path log = nodes.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-Xss512k", "-XX:MaxMetaspaceSize=256m",
                "-jar", System.getProperty("payara.microJar", target.resolve("payara-micro.jar").toString()),
                "--nocluster", "--disablephonehome",
                "--logproperties", Path.of("config/logging.properties").toAbsolutePath().toString(),
                "--port", Integer.toString(port),
                "--contextroot", contextRoot.replaceAll("/$", "").isEmpty() ? "/" : contextRoot.replaceAll("/$", ""),
                "--rootdir", root.toString(),
                "--deploy", System.getProperty("m4d.war", target.resolve("m4d-grants.war").toString())));
        try {
            // a root left by an earlier start holds that start's deployment, which Payara Micro would load first and
            // then replace by --deploy's, stopping the app once under the test's feet: every start is a fresh node
            deleteTree(root);
            Files.createDirectories(root);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(console ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> environment = builder.environment();
            environment.put("DB_URL", dbUrl);
            environment.put("DB_USER", "postgres");
            environment.put("DB_PASSWORD", "postgres");
            environment.put("M4D_DEMO_DATA", "true");
            environment.put("M4D_NODE_NAME", name);
            environment.put("M4D_PUBLIC_URL", "http://localhost:" + port + "/");
            environment.remove("JDK_JAVA_OPTIONS");
            environment.putAll(new LinkedHashMap<>(env));
            Files.writeString(log, "=== " + name + " on port " + port + " " + java.time.Instant.now() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new NodeProcess(name, port, contextRoot, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node " + name, e);
        }
    }

    /** Waits until {@code /health/ready} answers 200 and the app answers; fails at once if the process ends, or at the timeout. */
    public NodeProcess awaitReady(Duration timeout) {
        String lastSeen = "nothing";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " ended with " + process.exitValue() + " before it was ready; see " + log);
            }
            // Payara answers UP with no checks before the app is deployed: wait for the app's own database check,
            // and for the app itself to answer at its context root (its checks are registered before it serves)
            int ready = healthStatus("health/ready");
            boolean checks = ready == 200 && readyBody().contains("\"database\"");
            int me = checks ? healthStatus(contextRoot.substring(1) + "api/v1/me") : -2;
            if (checks && me == 401) {
                return this;
            }
            lastSeen = "health/ready " + ready + ", its checks listed " + checks + ", api/v1/me " + me;
            sleep(500);
        }
        // the caller never gets the node to close: end it here, or it outlives the test run
        process.destroyForcibly();
        throw new IllegalStateException("Node " + name + " was not ready within " + timeout + " (last seen: " + lastSeen
                + "); see " + log + "; it ended with:\n" + logTail(40));
    }

    /** The last lines of the node's log (CI keeps the test report, not the log): what it was doing when given up on. */
    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The status of a GET of {@code path} relative to the server's root (e.g. {@code health/ready}), or -1 when nothing answers. */
    public int healthStatus(String path) {
        try {
            HttpResponse<Void> reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return reply.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String readyBody() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public String name() {
        return name;
    }

    public String base() {
        return "http://localhost:" + port + contextRoot;
    }

    public URL url() {
        try {
            return URI.create(base()).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** {@code kill -9}: the node dies at once, mid-request, with no shutdown hook run. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    /** A graceful stop (SIGTERM), as an orchestrator stops a node. */
    public void stop() {
        process.destroy();
        if (!waitFor(60)) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * A port no one listens on, below the kernel's range of ephemeral ports: a port from that range (what
     * {@code new ServerSocket(0)} gives) can be taken, between this check and the node's bind seconds later, as
     * the local end of any outgoing connection of the run (JDBC, HTTP), and a node that cannot bind its port
     * never answers. Never the same port twice in a run, as a stopped database comes back on its own port.
     */
    static synchronized int freePort() {
        int below = ephemeralLow();
        for (int tries = 0; tries < 200; tries++) {
            int port = 20_000 + RANDOM.nextInt(Math.max(1, below - 20_000));
            if (GIVEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress(port));
                GIVEN.add(port);
                return port;
            } catch (IOException taken) {
                // someone listens there: another try
            }
        }
        throw new IllegalStateException("No free port between 20000 and " + below);
    }

    private static final java.util.Random RANDOM = new java.util.Random();
    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    /** The first ephemeral port (Linux's {@code ip_local_port_range}; 32768 where the file is not there). */
    private static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int low = Integer.parseInt(range.split("\\s+")[0]);
            return low > 21_000 ? low : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
