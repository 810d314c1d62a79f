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
import org.jboss.logging.Logger;

/**
 * The servers of the local stack: a real Kafka broker ({@code LocalStack kafka}), and a real
 * PostgreSQL with one database per service plus an SMTP server whose received mail is readable over
 * HTTP ({@code LocalStack databases}); both keep their data under {@code IPCASE_DATA_DIR} (mail in
 * memory only). Without an argument, all of them in one process.
 * Stops cleanly on SIGTERM.
 */
public final class LocalStack {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);

    static final List<String> DATABASES = List.of("case_service", "mediation_service", "credit_service", "notification_service");

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(env("IPCASE_DATA_DIR", ".ipcase-data")).toAbsolutePath();
        Files.createDirectories(dataDir);
        String part = args.length > 0 ? args[0] : "all";
        List<AutoCloseable> running = new java.util.ArrayList<>();
        StringBuilder ready = new StringBuilder();
        if (part.equals("all") || part.equals("kafka")) {
            // the broker can run as a process of its own: `LocalStack kafka`
            int kafkaPort = Integer.parseInt(env("IPCASE_KAFKA_PORT", "59092"));
            int controllerPort = Integer.parseInt(env("IPCASE_KAFKA_CONTROLLER_PORT", "59093"));
            EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
            running.add(kafka::close);
            createTopics(kafka.bootstrapServers());
            ready.append("kafka=").append(kafka.bootstrapServers()).append('\n');
        }
        if (part.equals("all") || part.equals("databases")) {
            int pgPort = Integer.parseInt(env("IPCASE_PG_PORT", "55432"));
            EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), pgPort);
            running.add(postgres);
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
            int smtpPort = Integer.parseInt(env("IPCASE_SMTP_PORT", "2525"));
            int mailboxPort = Integer.parseInt(env("IPCASE_MAILBOX_PORT", "8025"));
            EmbeddedSmtp smtp = EmbeddedSmtp.start(smtpPort);
            smtp.serveMailbox(mailboxPort);
            running.add(smtp);
            ready.append("postgres=").append(pgPort).append("\nsmtp=").append(smtpPort).append("\nmailbox=").append(mailboxPort).append('\n');
        }
        if (running.isEmpty()) {
            throw new IllegalArgumentException("usage: LocalStack [all|kafka|databases]");
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = running.size() - 1; i >= 0; i--) {
                try {
                    running.get(i).close();
                } catch (Exception e) {
                    LOG.warnf("did not stop cleanly: %s", e);
                }
            }
            stopped.countDown();
        }));
        LOG.infof("ipcase infra (%s) ready: %sdata in %s", part, ready.toString().replace('\n', ' '), dataDir);
        Files.writeString(dataDir.resolve(part + ".ready"), ready.toString());
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
            "ipcase.notification.events.dlq.case-service", "ipcase.notification.events.dlq.credit-service");

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
