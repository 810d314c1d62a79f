package io.ipcase.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.ipcase.infra.DevTokens;

/**
 * The running local stack (deploy/local/run.sh) as the harness reaches it: the services' API and management ports,
 * PostgreSQL, Kafka, the mailbox, the data directory with the processes' pid files and the server log. Every address
 * can be moved by the environment as run.sh moves it.
 */
final class Stack {

    record Service(String name, String api, String management) {

        /** the prefix of the service's own environment variables (CASE_SERVICE_PORT, …) */
        String envPrefix() {
            return name.substring(0, name.indexOf('-')).toUpperCase();
        }
    }

    static final Service CASE = service("case-service", 8081, 9181);
    static final Service MEDIATION = service("mediation-service", 8082, 9182);
    static final Service CREDIT = service("credit-service", 8083, 9183);
    static final Service NOTIFICATION = service("notification-service", 8084, 9184);

    final Path root = Path.of(".").toAbsolutePath().normalize();
    final Path data = Path.of(env("IPCASE_DATA_DIR", root.resolve(".ipcase-data").toString()));
    final String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + env("IPCASE_KAFKA_PORT", "59092"));
    final int postgresPort = Integer.parseInt(env("IPCASE_PG_PORT", "55432"));
    final String mailbox = "http://127.0.0.1:" + env("IPCASE_MAILBOX_PORT", "8025");

    private static Service service(String name, int api, int management) {
        String prefix = new Service(name, null, null).envPrefix();
        return new Service(name, env(prefix + "_SERVICE_URL", "http://127.0.0.1:" + api),
                env(prefix + "_MANAGEMENT_URL", "http://127.0.0.1:" + management));
    }

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    /** whether the address answers 200 now (a health probe of a process that may not listen yet) */
    static boolean answers(URI uri) {
        try {
            return PROBE.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** a plain consumer of the stack's broker, as a platform reads it: committed records only, no group, no commits */
    KafkaConsumer<String, String> kafkaConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** the offset after each partition's last record of the topic now */
    Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, String> consumer = kafkaConsumer()) {
            return new java.util.HashMap<>(consumer.endOffsets(partitions(consumer, topic)));
        }
    }

    static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** a token of the local issuer, as deploy/local/token.sh mints them */
    static String token(String roles, String user, String region) {
        return DevTokens.token(user, roles, region);
    }

    /** a connection to one of the stack's databases; strings go out untyped, so a captured value binds as the server infers */
    Connection postgres(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", env("IPCASE_PG_USER", "postgres"));
        p.setProperty("password", env("IPCASE_PG_PASSWORD", "postgres"));
        p.setProperty("stringtype", "unspecified");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database, p);
    }

    Path postgresLog() {
        return data.resolve("postgres.log");
    }

    /** the pid run.sh recorded for a process of the stack */
    long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(data.resolve("pids").resolve(name + ".pid")).trim());
    }

    /** resident memory of a process, MiB (/proc/&lt;pid&gt;/status, VmRSS) */
    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }

    /**
     * CPU seconds each process of the stack has used so far (user and system, /proc/&lt;pid&gt;/stat): the processes run.sh
     * recorded, and PostgreSQL's (every postgres process, and what its server collected of backends that ended).
     */
    Map<String, Double> cpuSeconds() throws IOException {
        Map<String, Double> used = new TreeMap<>();
        try (var files = Files.list(data.resolve("pids"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(".pid", "");
                long[] t = ticks(Long.parseLong(Files.readString(f).trim()));
                if (t != null) {
                    used.put(name, (t[0] + t[1]) / TICKS);
                }
            }
        }
        double postgres = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(p.getFileName().toString());
                try {
                    if (!Files.readString(p.resolve("comm")).trim().equals("postgres")) {
                        continue;
                    }
                } catch (IOException gone) {
                    continue;
                }
                long[] t = ticks(pid);
                if (t != null) {
                    postgres += (t[0] + t[1] + t[2] + t[3]) / TICKS;
                }
            }
        }
        used.put("postgres", postgres);
        return used;
    }

    private static final double TICKS = 100.0;
    /** below a third of a core over a few seconds (an idle stack polls and ticks at about a tenth), the stack is done with what an earlier figure left it */
    private static final double QUIET = 0.3;

    /**
     * Waits until the stack's processes together use less than a third of a core (at most ten minutes): what one figure
     * set going (a backlog, the mail it planned, the events those caused) is not measured as part of the next.
     */
    void awaitQuiet(Report report) throws Exception {
        long began = System.nanoTime();
        while (System.nanoTime() - began < java.util.concurrent.TimeUnit.MINUTES.toNanos(10)) {
            double before = cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
            Thread.sleep(3000);
            double used = cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum() - before;
            if (used / 3 < QUIET) {
                double waited = (System.nanoTime() - began) / 1e9;
                if (waited > 10) {
                    Latencies.line("  (waited %.0f s for the stack to be quiet)", waited);
                }
                return;
            }
        }
        report.note("the stack did not become quiet within ten minutes: the next figure shares the box with what is still running");
    }

    /** utime, stime, cutime, cstime of a process, or null when it is gone */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] { Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]) };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
