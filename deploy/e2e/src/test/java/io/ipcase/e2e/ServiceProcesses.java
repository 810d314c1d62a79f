package io.ipcase.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * The four packaged services as processes of their own, each on a port fixed for the run, that can
 * be killed with SIGKILL and started again with the same settings — the environment
 * {@link RunningSystem} gives them, pointed at the {@link FaultyServers}. Output goes to
 * {@code target/e2e-logs/fault-<service>.log}, one file per service across its restarts.
 */
final class ServiceProcesses implements AutoCloseable {

    private final FaultyServers servers;
    private final Path root = Path.of("..", "..").toAbsolutePath().normalize();
    private final Path logs = Path.of("target", "e2e-logs").toAbsolutePath();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Map<String, Integer> starts = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    ServiceProcesses(FaultyServers servers) throws IOException {
        this.servers = servers;
        Files.createDirectories(logs);
        for (String service : RunningSystem.SERVICES) {
            ports.put(service, FaultyServers.freePort());
            managementPorts.put(service, FaultyServers.freePort());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.values().forEach(Process::destroyForcibly)));
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    Path log(String service) {
        return logs.resolve("fault-" + service + ".log");
    }

    long pid(String service) {
        return processes.get(service).pid();
    }

    /** Starts the packaged service (its jar as built by the reactor), with RunningSystem's settings. */
    void start(String service) throws IOException {
        int start = starts.merge(service, 1, Integer::sum);
        ProcessBuilder builder = PackagedService.command(root, service, ports.get(service), managementPorts.get(service),
                new PackagedService.Servers(servers.jdbcUrl(service.replace('-', '_')), servers.user(), servers.password(),
                        servers.kafkaBootstrapServers(), servers.smtp().port()));
        Path log = log(service);
        Files.writeString(log, "\n===== fault suite: start #" + start + " of " + service + " at " + Instant.now() + " =====\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        processes.put(service, builder.start());
    }

    /**
     * Kills the service's JVM with SIGKILL (no shutdown hooks, no graceful stop: what a crash or an
     * OOM kill looks like) and waits for it to be gone.
     *
     * @return its exit status (137 = 128 + SIGKILL)
     */
    int kill9(String service) throws IOException {
        Process process = processes.get(service);
        long pid = process.pid();
        Files.writeString(log(service), "\n===== fault suite: kill -9 " + pid + " at " + Instant.now() + " =====\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        // Process.destroyForcibly() on Linux is kill(pid, SIGKILL); the exit status below shows it
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service + " (pid " + pid + ") still alive 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + service, e);
        }
        return process.exitValue();
    }

    boolean alive(String service) {
        Process p = processes.get(service);
        return p != null && p.isAlive();
    }

    boolean ready(String service) {
        return PackagedService.ready(http, managementPorts.get(service));
    }

    /** the status of one of the service's health endpoints ({@code /q/health/group/broker}), -1 when it does not answer */
    int health(String service, String path) {
        return PackagedService.health(http, managementPorts.get(service), path);
    }

    /** Waits, bounded, until {@code /q/health/ready} answers 200 (its database up). */
    void awaitReady(String service, Duration atMost) {
        Awaitility.await(service + " ready").atMost(atMost).pollInterval(Duration.ofMillis(200)).pollInSameThread().until(() -> {
            if (!alive(service)) {
                throw new IllegalStateException(service + " exited; see " + log(service));
            }
            return ready(service);
        });
    }

    void awaitAllReady(Duration atMost) {
        for (String service : List.copyOf(ports.keySet())) {
            awaitReady(service, atMost);
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

}
