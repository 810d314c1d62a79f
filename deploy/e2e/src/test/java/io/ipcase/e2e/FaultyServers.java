package io.ipcase.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.ipcase.infra.EmbeddedKafka;
import io.ipcase.infra.EmbeddedPostgres;
import io.ipcase.infra.EmbeddedSmtp;

/**
 * The fault suite's own servers — a Kafka broker (KRaft, in this JVM), a PostgreSQL with one database
 * per service, and an SMTP server — on ports chosen once and data directories under
 * {@code target/fault-suite}, so that the broker and the database can be stopped and started again
 * on the same port with the same data, as an outage and its end would look to the services.
 * Nothing here is shared with {@link io.ipcase.infra.TestServers}.
 */
final class FaultyServers implements AutoCloseable {

    static final List<String> DATABASES = List.of("case_service", "mediation_service", "credit_service", "notification_service");
    static final List<String> EVENT_TOPICS = List.of("ipcase.case.events", "ipcase.mediation.events", "ipcase.credit.events",
            "ipcase.notification.events");

    private final Path root;
    private final int kafkaPort;
    private final int controllerPort;
    private final int postgresPort;
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;
    private final EmbeddedSmtp smtp;

    private FaultyServers(Path root) throws IOException {
        this.root = root;
        this.kafkaPort = freePort();
        this.controllerPort = freePort();
        this.postgresPort = freePort();
        this.smtp = EmbeddedSmtp.start(freePort());
    }

    /** Fresh data directories under {@code dir} (what a previous run left is removed), then every server started. */
    static FaultyServers start(Path dir) throws IOException {
        Path root = dir.toAbsolutePath();
        deleteRecursively(root);
        Files.createDirectories(root);
        FaultyServers servers = new FaultyServers(root);
        servers.startKafka();
        servers.createTopics();
        servers.startPostgres();
        servers.createDatabases();
        return servers;
    }

    synchronized void startKafka() throws IOException {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(root.resolve("kafka"), kafkaPort, controllerPort);
        }
    }

    /** Stops the broker as an outage would; its log directory stays for {@link #startKafka()}. */
    synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    synchronized void startPostgres() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.start(root.resolve("postgres"), postgresPort);
        }
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended); the data directory stays for {@link #startPostgres()}. */
    synchronized void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    String user() {
        return "postgres";
    }

    String password() {
        return "postgres";
    }

    EmbeddedSmtp smtp() {
        return smtp;
    }

    private void createDatabases() {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), user(), password())) {
            for (String database : DATABASES) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the services' databases", e);
        }
    }

    /** The event topics with three partitions each, as the local stack creates them (dead-letter topics appear only when used). */
    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : EVENT_TOPICS) {
                topics.add(new NewTopic(topic, 3, (short) 1).configs(topic.equals("ipcase.credit.events") ? Map.of("retention.ms", "-1") : Map.of()));
            }
            topics.add(new NewTopic("ipcase.credit.blacklist", 3, (short) 1).configs(Map.of("cleanup.policy", "compact")));
            admin.createTopics(topics).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    @Override
    public synchronized void close() {
        stopKafka();
        try {
            stopPostgres();
        } catch (IOException | RuntimeException ignored) {
            // stopping anyway
        }
        smtp.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
