package io.ipcase.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
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

import org.awaitility.Awaitility;

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

    /** health, metrics and OpenAPI: the packaged services serve them on a management port of their own */
    String managementUrl(String service) {
        return "http://127.0.0.1:" + managementPorts.get(service);
    }

    private void start() {
        TestServers servers = TestServers.get();
        Path root = Path.of("..", "..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "e2e-logs");
        try {
            Files.createDirectories(logs);
            for (String service : SERVICES) {
                Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds them before this module)");
                }
                int port = freePort();
                ports.put(service, port);
                managementPorts.put(service, freePort());
                String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
                ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx256m", "-jar", jar.toString());
                Map<String, String> env = builder.environment();
                env.put("QUARKUS_PROFILE", "local");
                env.put(prefix + "_SERVICE_PORT", Integer.toString(port));
                env.put(prefix + "_MANAGEMENT_PORT", Integer.toString(managementPorts.get(service)));
                env.put(prefix + "_DB_URL", servers.database(service.replace('-', '_')));
                env.put(prefix + "_DB_USER", servers.user());
                env.put(prefix + "_DB_PASSWORD", servers.password());
                env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers());
                env.put("IPCASE_SMTP_PORT", Integer.toString(servers.smtp().port()));
                env.put("IPCASE_DELIVERY_INTERVAL", "200ms");
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
        try {
            return http.send(HttpRequest.newBuilder(URI.create(managementUrl(service) + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
