package io.ipcase.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import io.ipcase.infra.DevTokens;
import io.ipcase.infra.TestServers;

/**
 * The four services as separate processes (their packaged jars, as deployed), on the shared real
 * PostgreSQL, Kafka and SMTP servers of this JVM. Started once; stopped when the JVM ends.
 */
final class RunningSystem {

    static final List<String> SERVICES = List.of("case-service", "mediation-service", "credit-service", "notification-service");
    private static RunningSystem instance;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private OtlpReceiver traces;

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem();
            if ("local".equals(System.getProperty("ipcase.e2e.stack"))) {
                instance.useLocalStack();
            } else {
                instance.start();
            }
        }
        return instance;
    }

    /**
     * {@code -Dipcase.e2e.stack=local}: the services deploy/local/run.sh started (API 8081–8084,
     * management 9181–9184) instead of processes of this JVM's own — for suites that talk HTTP only.
     */
    private void useLocalStack() {
        for (int i = 0; i < SERVICES.size(); i++) {
            ports.put(SERVICES.get(i), 8081 + i);
            managementPorts.put(SERVICES.get(i), 9181 + i);
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String service : SERVICES) {
            if (!ready(http, service)) {
                throw new IllegalStateException(service + " of the local stack is not ready; start it with deploy/local/run.sh");
            }
        }
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /**
     * Moves every service's clock on by whole days (the local profile's clock is adjustable), so that statutory periods
     * pass: clocks only go forward, so suites sharing the system each see their own periods pass.
     */
    void shiftClocks(int days) {
        for (String service : SERVICES) {
            io.restassured.RestAssured.given().auth().oauth2(DevTokens.token("admin-root", "admin", null))
                    .contentType(io.restassured.http.ContentType.JSON).body(Map.of("days", days))
                    .post(url(service) + "/api/v1/dev/clock/shift").then().statusCode(200);
        }
    }

    /**
     * Moves the clocks on until case-service's day is after {@code due} (a period that ended on a holiday moved on, so a
     * fixed number of days may not be enough).
     */
    void shiftClocksPast(java.time.LocalDate due) {
        java.time.LocalDate today = java.time.LocalDate.parse(io.restassured.RestAssured.given()
                .auth().oauth2(DevTokens.token("admin-root", "admin", null)).get(url("case-service") + "/api/v1/dev/clock").then().statusCode(200)
                .extract().path("today"));
        if (!today.isAfter(due)) {
            shiftClocks((int) java.time.temporal.ChronoUnit.DAYS.between(today, due) + 1);
        }
    }

    /** health, metrics and OpenAPI: the packaged services serve them on a management port of their own */
    String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    /** the spans the services exported (OTLP), for a test to read a trace across them */
    OtlpReceiver traces() {
        if (traces == null) {
            throw new IllegalStateException("the local stack exports its spans to IPCASE_OTLP_ENDPOINT: run without -Dipcase.e2e.stack=local");
        }
        return traces;
    }

    private void start() {
        TestServers servers = TestServers.get();
        Path root = Path.of("..", "..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "e2e-logs");
        try {
            Files.createDirectories(logs);
            traces = new OtlpReceiver();
            for (String service : SERVICES) {
                int port = freePort();
                ports.put(service, port);
                managementPorts.put(service, freePort());
                ProcessBuilder builder = PackagedService.command(root, service, port, managementPorts.get(service),
                        new PackagedService.Servers(servers.database(service.replace('-', '_')), servers.user(), servers.password(),
                                servers.kafkaBootstrapServers(), servers.smtp().port()));
                traces.exportFrom(builder.environment());
                builder.redirectErrorStream(true).redirectOutput(logs.resolve(service + ".log").toFile());
                processes.add(builder.start());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start the services", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroy)));
        HttpClient http = HttpClient.newHttpClient();
        for (String service : SERVICES) {
            Process process = processes.get(SERVICES.indexOf(service));
            Awaitility.await(service + " ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " exited; see target/e2e-logs/" + service + ".log");
                }
                return ready(http, service);
            });
        }
    }

    private boolean ready(HttpClient http, String service) {
        return PackagedService.ready(http, managementPorts.get(service));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
