package io.ipcase.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka that tests run against, started once per JVM and shared by
 * every test class (and every Quarkus restart) in it.
 * <p>
 * Choice, per server: an external one when configured ({@code IPCASE_TEST_JDBC_URL} pointing at
 * an administrative database, {@code KAFKA_BOOTSTRAP_SERVERS}); Testcontainers when a Docker
 * engine answers; otherwise the embedded servers, which need nothing but a JDK.
 */
public final class TestServers {

    private static TestServers instance;

    private final String adminJdbcUrl;
    private final String user;
    private final String password;
    private final String kafkaBootstrapServers;
    private final String description;
    private final Set<String> createdDatabases = new HashSet<>();
    private EmbeddedKafka embeddedKafka;
    private java.nio.file.Path embeddedKafkaDir;

    private TestServers(String adminJdbcUrl, String user, String password, String kafkaBootstrapServers, String description) {
        this.adminJdbcUrl = adminJdbcUrl;
        this.user = user;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.description = description;
    }

    public static synchronized TestServers get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestServers start() {
        String externalJdbc = setting("IPCASE_TEST_JDBC_URL");
        String externalKafka = setting("KAFKA_BOOTSTRAP_SERVERS");
        boolean docker = (externalJdbc == null || externalKafka == null) && dockerAvailable();
        try {
            String jdbc;
            String user;
            String password;
            String dbKind;
            if (externalJdbc != null) {
                jdbc = externalJdbc;
                user = orDefault(setting("IPCASE_TEST_JDBC_USER"), "postgres");
                password = orDefault(setting("IPCASE_TEST_JDBC_PASSWORD"), "postgres");
                dbKind = "external PostgreSQL";
            } else if (docker) {
                PostgreSQLContainer pg = new PostgreSQLContainer("postgres:17-alpine");
                pg.start();
                Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
                jdbc = pg.getJdbcUrl();
                user = pg.getUsername();
                password = pg.getPassword();
                dbKind = "Testcontainers PostgreSQL";
            } else {
                EmbeddedPostgres pg = EmbeddedPostgres.start(null, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
                jdbc = pg.jdbcUrl("postgres");
                user = "postgres";
                password = "postgres";
                dbKind = "embedded PostgreSQL";
            }
            String kafka;
            String kafkaKind;
            if (externalKafka != null) {
                kafka = externalKafka;
                kafkaKind = "external Kafka";
            } else if (docker) {
                KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                kafka = container.getBootstrapServers();
                kafkaKind = "Testcontainers Kafka";
            } else {
                var dir = Files.createTempDirectory("ipcase-kafka-");
                int brokerPort = freePort();
                int controllerPort = freePort();
                EmbeddedKafka broker = EmbeddedKafka.start(dir, brokerPort, controllerPort);
                TestServers servers = new TestServers(jdbc, user, password, broker.bootstrapServers(), dbKind + " + embedded Kafka");
                servers.embeddedKafka = broker;
                servers.embeddedKafkaDir = dir;
                servers.brokerPort = brokerPort;
                servers.controllerPort = controllerPort;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    servers.stopKafka();
                    deleteQuietly(dir);
                }));
                return servers;
            }
            return new TestServers(jdbc, user, password, kafka, dbKind + " + " + kafkaKind);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test servers", e);
        }
    }

    private EmbeddedSmtp smtp;

    /** A real SMTP server for this JVM, started on first use; tests read what was delivered from it. */
    public synchronized EmbeddedSmtp smtp() {
        if (smtp == null) {
            try {
                smtp = EmbeddedSmtp.start(freePort());
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the SMTP server", e);
            }
            EmbeddedSmtp started = smtp;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return smtp;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        if (createdDatabases.add(name)) {
            try (var connection = DriverManager.getConnection(adminJdbcUrl, user, password);
                    var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                if (!exists.executeQuery().next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + name, e);
            }
        }
        return withDatabase(adminJdbcUrl, name);
    }

    private int brokerPort;
    private int controllerPort;

    /** True when the broker runs in this JVM, so a test can stop and restart it. */
    public synchronized boolean kafkaRestartable() {
        return embeddedKafkaDir != null;
    }

    /** Stops the embedded broker (its data stays), as a broker outage would. */
    public synchronized void stopKafka() {
        if (embeddedKafka != null) {
            embeddedKafka.close();
            embeddedKafka = null;
        }
    }

    /** Starts the embedded broker again on the same port and data. */
    public synchronized void startKafka() {
        if (embeddedKafka == null && embeddedKafkaDir != null) {
            try {
                embeddedKafka = EmbeddedKafka.start(embeddedKafkaDir, brokerPort, controllerPort);
            } catch (IOException e) {
                throw new IllegalStateException("could not restart the embedded broker", e);
            }
        }
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String description() {
        return description;
    }

    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(setting("IPCASE_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }

    static void deleteQuietly(java.nio.file.Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
