package io.ipcase.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test its own database on the shared test servers and the shared Kafka.
 * Init arg {@code database}: the database name (default {@code ipcase}).
 * The servers outlive Quarkus restarts; they stop with the JVM.
 */
public class IpcaseTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ipcase";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestServers servers = TestServers.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", servers.database(database),
                "quarkus.datasource.username", servers.user(),
                "quarkus.datasource.password", servers.password(),
                "kafka.bootstrap.servers", servers.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // shared for the JVM's lifetime: stopping here would restart the servers for every test class
    }
}
