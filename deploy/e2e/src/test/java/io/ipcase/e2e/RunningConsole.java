package io.ipcase.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * The console as a process of its own (its packaged jar), on the four services of {@link RunningSystem}.
 * Started once per JVM; with {@code -Dipcase.e2e.stack=local} the console deploy/local/run.sh started
 * (port 8080) is used instead.
 */
final class RunningConsole {

    private static RunningConsole instance;
    private final String url;

    private RunningConsole(String url) {
        this.url = url;
    }

    static synchronized RunningConsole get() {
        if (instance == null) {
            RunningSystem system = RunningSystem.get();
            instance = "local".equals(System.getProperty("ipcase.e2e.stack")) ? new RunningConsole("http://127.0.0.1:8080") : start(system);
        }
        return instance;
    }

    String url() {
        return url;
    }

    private static RunningConsole start(RunningSystem system) {
        Path root = Path.of("..", "..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "e2e-logs");
        Map<String, String> urls = new LinkedHashMap<>();
        for (String service : RunningSystem.SERVICES) {
            urls.put(service, system.url(service));
        }
        try {
            Files.createDirectories(logs);
            int port = RunningSystem.freePort();
            int management = RunningSystem.freePort();
            ProcessBuilder builder = PackagedService.console(root, port, management, urls);
            system.traces().exportFrom(builder.environment());
            Process process = builder.redirectErrorStream(true).redirectOutput(logs.resolve("console.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            HttpClient http = HttpClient.newHttpClient();
            Awaitility.await("console ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the console exited; see target/e2e-logs/console.log");
                }
                return PackagedService.ready(http, management);
            });
            return new RunningConsole("http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the console", e);
        }
    }
}
