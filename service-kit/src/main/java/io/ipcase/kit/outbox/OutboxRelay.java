package io.ipcase.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.ipcase.kit.events.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka as binary-mode CloudEvents and marks them sent.
 * <p>
 * Woken right after a commit (so an event leaves within milliseconds), and polls as a fallback
 * for rows written by other replicas or left by a failure. Rows are split into lanes by key; a
 * relay drains a lane only while it holds that lane's PostgreSQL advisory lock, so several
 * replicas share the work and one key's events are still published in the order written.
 * A failed send leaves the rows unsent: they are sent again (at least once; consumers
 * de-duplicate by event id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** advisory-lock namespace of the outbox lanes */
    private static final int LOCK_CLASS = 0x0b0c;

    private final DataSource dataSource;
    private final String bootstrapServers;
    private final boolean enabled;
    private final int lanes;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retention;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Instant lastFailure;
    private KafkaProducer<String, byte[]> producer;
    private final Counter published;
    private final Timer publishDelay;
    private Instant lastBacklogCount = Instant.EPOCH;
    private Instant lastCleanup = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, MeterRegistry metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "ipcase.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ipcase.outbox.lanes", defaultValue = "8") int lanes,
            @ConfigProperty(name = "ipcase.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "ipcase.outbox.poll-interval", defaultValue = "PT0.5S") Duration pollInterval,
            @ConfigProperty(name = "ipcase.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        this.lanes = lanes;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.retention = retention;
        Gauge.builder("ipcase.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox events committed but not yet published").register(metrics);
        published = Counter.builder("ipcase.outbox.published").description("outbox events published to Kafka").register(metrics);
        publishDelay = Timer.builder("ipcase.outbox.publish.delay").description("time from commit to acknowledged publish")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        Thread current = worker;
        if (current != null) {
            wakeUp.release();
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wake() {
        wakeUp.release();
    }

    /** True unless the last attempt to publish failed within the last minute. */
    public boolean healthy() {
        Instant failure = lastFailure;
        return !enabled || failure == null || failure.isBefore(Instant.now().minusSeconds(60));
    }

    public long backlog() {
        return backlog.get();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                boolean more = drainAllLanes();
                housekeeping();
                lastFailure = null;
                backoff = Duration.ofMillis(200);
                if (!more) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                lastFailure = Instant.now();
                LOG.warnf("outbox relay: publishing failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
                closeProducer();
                try {
                    wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * One pass over every lane this relay can lock (the relay thread calls it in a loop).
     * @return true when some lane had a full batch, so there may be more to send at once
     */
    public boolean drainAllLanes() throws Exception {
        boolean more = false;
        for (int lane = 0; lane < lanes; lane++) {
            more |= drainLane(lane);
        }
        return more;
    }

    private boolean drainLane(int lane) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLockLane(connection, lane)) {
                    connection.rollback();
                    return false;
                }
                List<OutboxRow> rows = unsentRows(connection, lane);
                if (rows.isEmpty()) {
                    connection.rollback();
                    return false;
                }
                publish(rows);
                markSent(connection, rows);
                connection.commit();
                Instant now = Instant.now();
                for (OutboxRow row : rows) {
                    publishDelay.record(Duration.between(row.createdAt(), now));
                }
                published.increment(rows.size());
                return rows.size() == batchSize;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private boolean tryLockLane(Connection connection, int lane) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, lane);
            var result = lock.executeQuery();
            result.next();
            return result.getBoolean(1);
        }
    }

    private List<OutboxRow> unsentRows(Connection connection, int lane) throws SQLException {
        try (var select = connection.prepareStatement("""
                select id, event_id, topic, message_key, event_type, source, subject, occurred_at, payload, trace_parent, created_at
                from outbox_event where lane = ? and sent_at is null order by id limit ? for update skip locked
                """)) {
            select.setInt(1, lane);
            select.setInt(2, batchSize);
            var result = select.executeQuery();
            List<OutboxRow> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3), result.getString(4),
                        result.getString(5), result.getString(6), result.getString(7), result.getTimestamp(8).toInstant(),
                        result.getString(9), result.getString(10), result.getTimestamp(11).toInstant()));
            }
            return rows;
        }
    }

    private void publish(List<OutboxRow> rows) throws Exception {
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
            headers.add(CloudEventHeaders.ID, bytes(row.eventId().toString()));
            headers.add(CloudEventHeaders.SOURCE, bytes(row.source()));
            headers.add(CloudEventHeaders.TYPE, bytes(row.type()));
            headers.add(CloudEventHeaders.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(row.occurredAt())));
            headers.add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
            if (row.subject() != null) {
                headers.add(CloudEventHeaders.SUBJECT, bytes(row.subject()));
            }
            if (row.traceParent() != null) {
                headers.add("traceparent", bytes(row.traceParent()));
            }
            acks.add(kafka.send(new ProducerRecord<>(row.topic(), null, row.key(), bytes(row.payload()), headers)));
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private void markSent(Connection connection, List<OutboxRow> rows) throws SQLException {
        try (var update = connection.prepareStatement("update outbox_event set sent_at = clock_timestamp() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray()));
            update.executeUpdate();
        }
    }

    private void housekeeping() throws SQLException {
        Instant now = Instant.now();
        if (now.isAfter(lastBacklogCount.plusSeconds(1))) {
            lastBacklogCount = now;
            try (Connection connection = dataSource.getConnection();
                    var count = connection.prepareStatement("select count(*) from outbox_event where sent_at is null")) {
                var result = count.executeQuery();
                result.next();
                backlog.set(result.getLong(1));
            }
        }
        if (now.isAfter(lastCleanup.plus(Duration.ofMinutes(10)))) {
            lastCleanup = now;
            try (Connection connection = dataSource.getConnection();
                    var delete = connection.prepareStatement("delete from outbox_event where sent_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(now.minus(retention)));
                delete.executeUpdate();
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // replaced by a fresh producer on the next attempt
            }
            producer = null;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private record OutboxRow(long id, UUID eventId, String topic, String key, String type, String source, String subject,
            Instant occurredAt, String payload, String traceParent, Instant createdAt) {
    }
}
