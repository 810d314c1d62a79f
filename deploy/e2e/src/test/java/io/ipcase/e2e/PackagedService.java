package io.ipcase.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How every end-to-end suite starts a service: its packaged jar (as deployed) with the local
 * profile, on the given servers and ports, and how it tells that it is ready. One place, so the
 * suites run the services the same way.
 */
final class PackagedService {

    /** the servers a service runs on: PostgreSQL (its own database), Kafka and SMTP */
    record Servers(String jdbcUrl, String user, String password, String kafkaBootstrapServers, int smtpPort) {
    }

    private PackagedService() {
    }

    /** the process for the service's jar under {@code root}, configured but not started */
    static ProcessBuilder command(Path root, String service, int port, int managementPort, Servers servers) {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds them before this module)");
        }
        String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_PROFILE", "local");
        env.put(prefix + "_SERVICE_PORT", Integer.toString(port));
        env.put(prefix + "_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put(prefix + "_DB_URL", servers.jdbcUrl());
        env.put(prefix + "_DB_USER", servers.user());
        env.put(prefix + "_DB_PASSWORD", servers.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers());
        env.put("IPCASE_SMTP_PORT", Integer.toString(servers.smtpPort()));
        env.put("IPCASE_DELIVERY_INTERVAL", "200ms");
        return builder;
    }

    /**
     * The console's process: its packaged jar with the local profile and local sign-in (the local key,
     * as deploy/local/run.sh starts it), calling the services at the URLs given.
     */
    static ProcessBuilder console(Path root, int port, int managementPort, Map<String, String> serviceUrls) {
        Path jar = root.resolve("console/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the console first (./mvnw verify builds it before this module)");
        }
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_PROFILE", "local");
        env.put("CONSOLE_PORT", Integer.toString(port));
        env.put("CONSOLE_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("CONSOLE_LOCAL_KEY_FILE", root.resolve("deploy/infra/src/main/resources/ipcase/dev-jwt/private.pem").toString());
        serviceUrls.forEach((service, url) -> env.put(service.substring(0, service.indexOf('-')).toUpperCase() + "_SERVICE_URL", url));
        return builder;
    }

    /** true when the service's readiness (its database), on its management port, answers 200 */
    static boolean ready(HttpClient http, int managementPort) {
        return health(http, managementPort, "/q/health/ready") == 200;
    }

    /** the status a health endpoint of the service answers with, -1 when it does not answer */
    static int health(HttpClient http, int managementPort, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
