package io.ipcase.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test its own database on the shared test servers and the shared Kafka.
 * Init args: {@code database}, the database name (default {@code ipcase}); {@code smtp=true} for a
 * real SMTP server (the same for the JVM).
 * The servers outlive Quarkus restarts; they stop with the JVM.
 */
public class IpcaseTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ipcase";
    private boolean smtp;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        smtp = Boolean.parseBoolean(initArgs.getOrDefault("smtp", "false"));
    }

    @Override
    public Map<String, String> start() {
        TestServers servers = TestServers.get();
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", servers.database(database),
                "quarkus.datasource.username", servers.user(),
                "quarkus.datasource.password", servers.password(),
                "kafka.bootstrap.servers", servers.kafkaBootstrapServers()));
        if (smtp) {
            // a real SMTP server, not the mailer's mock: tests read the delivered mail from it
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(servers.smtp().port()));
        }
        return config;
    }

    @Override
    public void stop() {
        // shared for the JVM's lifetime: stopping here would restart the servers for every test class
    }
}
