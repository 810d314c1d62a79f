package io.ipcase.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The servers of the local stack as one process: a real PostgreSQL with one database per
 * service and a real Kafka broker, both keeping their data under {@code IPCASE_DATA_DIR}, and an
 * SMTP server whose received mail is readable over HTTP (kept in memory only).
 * Stops cleanly on SIGTERM.
 */
public final class LocalStack {

    static final List<String> DATABASES = List.of("case_service", "mediation_service", "credit_service", "notification_service");

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(env("IPCASE_DATA_DIR", ".ipcase-data")).toAbsolutePath();
        int pgPort = Integer.parseInt(env("IPCASE_PG_PORT", "55432"));
        int kafkaPort = Integer.parseInt(env("IPCASE_KAFKA_PORT", "59092"));
        int controllerPort = Integer.parseInt(env("IPCASE_KAFKA_CONTROLLER_PORT", "59093"));
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), pgPort);
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "postgres")) {
            for (String database : DATABASES) {
                try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, database);
                    if (!exists.executeQuery().next()) {
                        try (var create = connection.createStatement()) {
                            create.execute("create database " + database);
                        }
                    }
                }
            }
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
        createTopics(kafka.bootstrapServers());
        int smtpPort = Integer.parseInt(env("IPCASE_SMTP_PORT", "2525"));
        int mailboxPort = Integer.parseInt(env("IPCASE_MAILBOX_PORT", "8025"));
        EmbeddedSmtp smtp = EmbeddedSmtp.start(smtpPort);
        smtp.serveMailbox(mailboxPort);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            smtp.close();
            kafka.close();
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("ipcase infra ready: PostgreSQL jdbc:postgresql://127.0.0.1:" + pgPort + "/<service>_service (postgres/postgres), Kafka "
                + kafka.bootstrapServers() + ", SMTP 127.0.0.1:" + smtpPort + " (mail received: http://127.0.0.1:" + mailboxPort
                + "/), data in " + dataDir);
        Files.writeString(dataDir.resolve("infra.ready"), "postgres=" + pgPort + "\nkafka=" + kafka.bootstrapServers() + "\nsmtp=" + smtpPort
                + "\nmailbox=" + mailboxPort + "\n");
        stopped.await();
    }

    /** The event topics with their partitions (one case's events stay in one), and the dead-letter topics. */
    static final Map<String, Map<String, String>> TOPICS = Map.of(
            "ipcase.case.events", Map.of(),
            "ipcase.mediation.events", Map.of(),
            "ipcase.credit.events", Map.of("retention.ms", "-1"),
            "ipcase.credit.blacklist", Map.of("cleanup.policy", "compact"),
            "ipcase.notification.events", Map.of());
    static final List<String> DEAD_LETTER_TOPICS = List.of(
            "ipcase.case.events.dlq.mediation-service", "ipcase.case.events.dlq.credit-service", "ipcase.case.events.dlq.notification-service",
            "ipcase.mediation.events.dlq.case-service", "ipcase.mediation.events.dlq.credit-service",
            "ipcase.mediation.events.dlq.notification-service", "ipcase.credit.events.dlq.notification-service",
            "ipcase.notification.events.dlq.case-service");

    private static void createTopics(String bootstrapServers) throws Exception {
        int partitions = Integer.parseInt(env("IPCASE_TOPIC_PARTITIONS", "3"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = new java.util.ArrayList<>();
            TOPICS.forEach((name, config) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1).configs(config));
                }
            });
            DEAD_LETTER_TOPICS.stream().filter(name -> !existing.contains(name)).forEach(name -> missing.add(new NewTopic(name, 1, (short) 1)));
            admin.createTopics(missing).all().get();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
