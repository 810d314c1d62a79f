package io.ipcase.kit.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.ipcase.kit.messaging.KafkaClientSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka as binary-mode CloudEvents, each effectively once, and
 * marks them sent.
 * <p>
 * Woken right after a commit (so an event leaves within milliseconds), and polls as a fallback
 * for rows written by other replicas or left by a failure. Rows are split into lanes by key; a
 * relay drains a lane only while it holds that lane's PostgreSQL advisory lock, so several
 * replicas share the work and one key's events are still published in the order written.
 * <p>
 * <b>Once only.</b> Each lane has one transactional producer, {@code transactional.id =
 * <application>-outbox-<lane>}, and each batch of a lane is one Kafka transaction. The same
 * transaction commits, as offset metadata of the lane's pseudo consumer group
 * {@code <application>-outbox-<lane>}, the ids of the rows it carries ({@code 100-150,152;<event id
 * of the last>}, on partition 0 of each topic in the batch; a batch is capped so that this fits the
 * broker's 4096 bytes). So the broker itself records which rows it has:
 * <ul>
 * <li>a batch whose Kafka commit did not happen (relay killed, broker gone, a record refused) is
 * aborted, and {@code read_committed} consumers never see it; its rows stay unsent and go again;</li>
 * <li>a batch committed to Kafka whose database update was lost is not sent again: before a lane's
 * next batch, a relay whose producer for the lane is new (after start, a fencing, any Kafka error)
 * reads the group's metadata and marks the ids listed there sent without publishing them (counted
 * by {@code ipcase.outbox.recovered}); while its producer stays healthy it remembers the ids of its
 * last Kafka commit for the same purpose. Only the last batch of a lane can be in doubt: the next
 * batch starts only after the previous one's database update has committed;</li>
 * <li>a relay that lost its lane but still runs (a zombie) is fenced: the relay that takes the lane
 * over calls {@code initTransactions()} with the same transactional id, which aborts the zombie's
 * open transaction and makes its next one fail.</li>
 * </ul>
 * Consumers must read with {@code isolation.level=read_committed}. Only ids are ever trusted, never
 * an id watermark: rows do not commit in id order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** advisory-lock namespace of the outbox lanes */
    private static final int LOCK_CLASS = 0x0b0c;
    /** the broker's default {@code offset.metadata.max.bytes}: a batch's id ranges must fit in it */
    static final int METADATA_LIMIT = 4096;
    /** {@code ;<event id>} after the ranges */
    private static final int CHECK_LENGTH = 37;
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String APPLICATION_JSON = "application/json";

    private final DataSource dataSource;
    private final KafkaClientSettings kafka;
    private final String applicationName;
    private final boolean enabled;
    private final int lanes;
    /** lanes published at the same time: each lane's batch waits on the broker's transaction commit, so lanes in turn add up */
    private final int parallelism;
    private ExecutorService laneWorkers;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration retention;
    private final int instance = INSTANCES.incrementAndGet();

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentSeconds = new AtomicLong();
    private final Map<Integer, Lane> laneStates = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Instant lastFailure;
    private Admin admin;
    private int passStart;
    private final Counter published;
    private final Counter recovered;
    private final Timer publishDelay;
    private Instant lastBacklogCount = Instant.EPOCH;
    private Instant lastCleanup = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, MeterRegistry metrics, KafkaClientSettings kafka,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "ipcase") String applicationName,
            @ConfigProperty(name = "ipcase.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ipcase.outbox.lanes", defaultValue = "8") int lanes,
            @ConfigProperty(name = "ipcase.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "ipcase.outbox.poll-interval", defaultValue = "PT0.5S") Duration pollInterval,
            @ConfigProperty(name = "ipcase.outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "ipcase.outbox.relay.parallelism", defaultValue = "4") int parallelism) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.applicationName = applicationName;
        this.enabled = enabled;
        this.lanes = lanes;
        this.parallelism = Math.max(1, Math.min(parallelism, lanes));
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.retention = retention;
        Gauge.builder("ipcase.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox events committed but not yet published").register(metrics);
        Gauge.builder("ipcase.outbox.oldest.age", oldestUnsentSeconds, AtomicLong::get).baseUnit("seconds")
                .description("age of the oldest outbox event not yet published (0 when none waits)").register(metrics);
        published = Counter.builder("ipcase.outbox.published").description("outbox events published to Kafka").register(metrics);
        recovered = Counter.builder("ipcase.outbox.recovered")
                .description("outbox events found already published (committed to Kafka, not yet marked sent) and not sent again")
                .register(metrics);
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
        close();
    }

    /** Closes this relay's Kafka clients (a relay made outside CDI is closed by its owner). */
    public void close() {
        for (Lane lane : laneStates.values()) {
            synchronized (lane) {
                closeProducer(lane, Duration.ofSeconds(5));
            }
        }
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
                admin = null;
            }
            if (laneWorkers != null) {
                laneWorkers.shutdownNow();
                laneWorkers = null;
            }
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
     * One pass over every lane this relay can lock (the relay thread calls it in a loop), up to
     * {@code ipcase.outbox.relay.parallelism} lanes at the same time. A lane that fails fails the
     * pass; the next pass starts after it, so one lane's trouble does not starve the others.
     * @return true when some lane may have more to send at once
     */
    public boolean drainAllLanes() throws Exception {
        int start;
        ExecutorService workers;
        synchronized (this) {
            start = passStart;
            if (laneWorkers == null) {
                AtomicInteger n = new AtomicInteger();
                laneWorkers = Executors.newFixedThreadPool(parallelism, r -> {
                    Thread t = new Thread(r, "outbox-lane-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            workers = laneWorkers;
        }
        // every lane of the pass at once, up to the parallelism; a lane is one relay thread's at a time (its lock)
        List<Future<Boolean>> passes = new ArrayList<>(lanes);
        for (int k = 0; k < lanes; k++) {
            int lane = (start + k) % lanes;
            passes.add(workers.submit(() -> drainLane(lane)));
        }
        boolean more = false;
        Exception failure = null;
        for (int k = 0; k < lanes; k++) {
            try {
                more |= passes.get(k).get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
                    synchronized (this) {
                        passStart = (start + k + 1) % lanes;
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return more;
    }

    /**
     * Publishes one batch of the lane's unsent rows, if this relay can lock the lane, after marking
     * sent any rows the broker is found to have already.
     * @return true when the lane may have more to send at once
     */
    public boolean drainLane(int lane) throws Exception {
        Lane state = laneStates.computeIfAbsent(lane, this::newLane);
        synchronized (state) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                Step step;
                do {
                    try {
                        step = step(connection, state);
                    } catch (Exception e) {
                        connection.rollback();
                        if (isFencing(e)) {
                            // another relay took the lane over since our last batch: nothing of ours is visible
                            LOG.infof("outbox relay: lane %d was taken over by another relay (%s); starting afresh", lane, e.toString());
                            return true;
                        }
                        throw e;
                    }
                } while (step == Step.RECOVERED);
                return step == Step.MORE;
            }
        }
    }

    private enum Step {
        /** nothing to send, or not this relay's lane now */
        IDLE,
        /** a batch sent, and the lane had no more */
        SENT,
        /** a batch sent, and there may be more */
        MORE,
        /** rows found already published were marked sent: select again */
        RECOVERED
    }

    /** One database transaction holding the lane's lock. */
    private Step step(Connection connection, Lane lane) throws Exception {
        if (!tryLockLane(connection, lane.number)) {
            connection.rollback();
            return Step.IDLE;
        }
        List<OutboxRow> rows = unsentRows(connection, lane.number);
        if (rows.isEmpty()) {
            connection.rollback();
            return Step.IDLE;
        }
        if (lane.producer == null) {
            for (Committed batch : openProducer(lane)) {
                Boolean ours = batch.isOf(connection, lane.number);
                if (Boolean.TRUE.equals(ours)) {
                    lane.published.addAll(batch.ids());
                } else if (ours != null) {
                    LOG.warnf("outbox relay: group %s lists row %d as event %s, which this database does not have; ignored",
                            lane.name, batch.checkId(), batch.checkEventId());
                }
            }
        }
        if (!lane.published.isEmpty()) {
            // the broker has these: the database did not learn it (crash, failed commit); never send them again
            int found = markSent(connection, lane.number, lane.published);
            connection.commit();
            lane.published.clear();
            if (found > 0) {
                recovered.increment(found);
                LOG.infof("outbox relay: lane %d: %d events were already published, marked sent", lane.number, found);
            }
            return Step.RECOVERED;
        }
        List<OutboxRow> batch = new ArrayList<>(rows.size());
        IdRanges ids = new IdRanges();
        for (OutboxRow row : rows) {
            if (!ids.add(row.id(), METADATA_LIMIT - CHECK_LENGTH)) {
                break;
            }
            batch.add(row);
        }
        OutboxRow last = batch.get(batch.size() - 1);
        publish(lane, batch, ids + ";" + last.eventId());
        List<Long> batchIds = batch.stream().map(OutboxRow::id).toList();
        lane.published.addAll(batchIds);
        markSent(connection, lane.number, batchIds);
        connection.commit();
        lane.published.clear();
        Instant now = Instant.now();
        for (OutboxRow row : batch) {
            publishDelay.record(Duration.between(row.createdAt(), now));
        }
        published.increment(batch.size());
        return rows.size() == batchSize || batch.size() < rows.size() ? Step.MORE : Step.SENT;
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

    /**
     * The batch as one Kafka transaction that also records its row ids, as the metadata of offset
     * {@code <max id>}: {@code <id ranges>;<event id of the max id>} (the event id tells this
     * database's rows from another's that reused the ids). On any failure the transaction is abandoned.
     */
    private void publish(Lane lane, List<OutboxRow> batch, String ids) {
        KafkaProducer<String, byte[]> producer = lane.producer;
        try {
            producer.beginTransaction();
            Map<TopicPartition, OffsetAndMetadata> carried = new LinkedHashMap<>();
            long maxId = batch.get(batch.size() - 1).id();
            for (OutboxRow row : batch) {
                producer.send(record(row));
                carried.putIfAbsent(new TopicPartition(row.topic(), 0), new OffsetAndMetadata(maxId, ids));
            }
            producer.sendOffsetsToTransaction(carried, new ConsumerGroupMetadata(lane.name));
            // sends every record, and throws when any of them failed: then nothing of the batch is committed
            producer.commitTransaction();
        } catch (RuntimeException e) {
            abandon(lane, e);
            throw e;
        }
    }

    /**
     * The row as a binary-mode CloudEvent (CloudEvents Kafka protocol binding): its attributes are {@code ce_*} headers, its
     * JSON payload the record's value ({@code content-type: application/json}), keyed by the row's message key. A row
     * without a payload is a tombstone, the key's removal from a compacted topic: the same {@code ce_*} headers, no
     * content type and a null value. A traced row carries its trace context twice, as the CloudEvents distributed-tracing
     * extension ({@code ce_traceparent}) and as the W3C {@code traceparent} header the consumers' tracing reads.
     */
    static ProducerRecord<String, byte[]> record(OutboxRow row) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(row.eventId().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                // timestamptz keeps microseconds: ce_time carries all of them
                .withTime(OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC))
                .withSubject(row.subject());
        if (row.payload() != null) {
            event.withData(APPLICATION_JSON, bytes(row.payload()));
        }
        if (row.traceParent() != null) {
            DistributedTracingExtension tracing = new DistributedTracingExtension();
            tracing.setTraceparent(row.traceParent());
            event.withExtension(tracing);
        }
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic(), null, null, row.key())
                .writeBinary(event.build());
        if (row.traceParent() != null) {
            record.headers().add(DistributedTracingExtension.TRACEPARENT, bytes(row.traceParent()));
        }
        return record;
    }

    private int markSent(Connection connection, int lane, Collection<Long> ids) throws SQLException {
        try (var update = connection.prepareStatement(
                "update outbox_event set sent_at = clock_timestamp() where lane = ? and id = any(?) and sent_at is null")) {
            update.setInt(1, lane);
            update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            return update.executeUpdate();
        }
    }

    private void housekeeping() throws SQLException {
        Instant now = Instant.now();
        if (now.isAfter(lastBacklogCount.plusSeconds(1))) {
            lastBacklogCount = now;
            try (Connection connection = dataSource.getConnection();
                    var count = connection.prepareStatement(
                            "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event where sent_at is null")) {
                var result = count.executeQuery();
                result.next();
                backlog.set(result.getLong(1));
                oldestUnsentSeconds.set(result.getLong(2));
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

    private Lane newLane(int number) {
        return new Lane(number, applicationName + "-outbox-" + number);
    }

    /**
     * A producer for the lane that fences every earlier one of its transactional id (their open
     * transaction is aborted).
     * @return what the lane's pseudo consumer group lists: its last committed batch (one entry per topic)
     */
    private List<Committed> openProducer(Lane lane) throws Exception {
        Map<String, Object> config = new HashMap<>(kafka.producer());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, lane.name);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, lane.name + "-" + instance);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        List<Committed> committed;
        try {
            producer.initTransactions();
            committed = committedBatches(lane.name);
        } catch (Exception e) {
            closeQuietly(producer, Duration.ofSeconds(1));
            throw e;
        }
        lane.producer = producer;
        return committed;
    }

    /** What the lane's pseudo consumer group lists: batches whose Kafka transaction committed. */
    private List<Committed> committedBatches(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets;
        try {
            offsets = admin().listConsumerGroupOffsets(group, new ListConsumerGroupOffsetsOptions().requireStable(true).timeoutMs(10_000))
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        List<Committed> batches = new ArrayList<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : offsets.entrySet()) {
            // every entry lists a batch that was committed: stale ones list rows already marked sent
            OffsetAndMetadata offset = entry.getValue();
            if (offset != null) {
                try {
                    String metadata = offset.metadata();
                    int check = metadata.lastIndexOf(';');
                    if (check < 0) {
                        throw new IllegalArgumentException("no event id");
                    }
                    batches.add(new Committed(IdRanges.parse(metadata.substring(0, check)), offset.offset(),
                            UUID.fromString(metadata.substring(check + 1))));
                } catch (IllegalArgumentException e) {
                    LOG.warnf("outbox relay: group %s, %s: unreadable metadata ignored: %s", group, entry.getKey(), e.getMessage());
                }
            }
        }
        return batches;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafka.admin());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-admin-" + instance);
            admin = Admin.create(config);
        }
        return admin;
    }

    /** After a Kafka error: abort the transaction when that can still work, and start the lane afresh next time. */
    private void abandon(Lane lane, RuntimeException cause) {
        KafkaProducer<String, byte[]> producer = lane.producer;
        if (producer == null) {
            return;
        }
        if (!isFencing(cause) && !has(cause, TimeoutException.class) && !has(cause, AuthenticationException.class)
                && !has(cause, AuthorizationException.class)) {
            try {
                producer.abortTransaction();
            } catch (KafkaException e) {
                // a new producer for the lane aborts it anyway, when it fences this one
            }
        }
        closeProducer(lane, Duration.ofSeconds(1));
    }

    private void closeProducer(Lane lane, Duration timeout) {
        if (lane.producer != null) {
            closeQuietly(lane.producer, timeout);
            lane.producer = null;
        }
    }

    private static void closeQuietly(KafkaProducer<String, byte[]> producer, Duration timeout) {
        try {
            producer.close(timeout);
        } catch (RuntimeException ignored) {
            // replaced by a fresh producer on the next attempt
        }
    }

    static boolean isFencing(Throwable e) {
        return has(e, ProducerFencedException.class) || has(e, InvalidProducerEpochException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** A lane's Kafka state in this relay; used only while holding its monitor. */
    private static final class Lane {
        final int number;
        /** the transactional id and the pseudo consumer group's id */
        final String name;
        KafkaProducer<String, byte[]> producer;
        /** ids known to be committed to Kafka, perhaps not yet marked sent: never to be published again */
        final Set<Long> published = new TreeSet<>();

        Lane(int number, String name) {
            this.number = number;
            this.name = name;
        }
    }

    /** A committed batch as its pseudo group lists it: its row ids, and the event id of one of them. */
    private record Committed(List<Long> ids, long checkId, UUID checkEventId) {

        /**
         * @return true when the lane's row checkId is the event that was published, false when it is
         *         another (the id reused by another database), null when it is gone (deleted after the
         *         retention period: sent long ago, nothing to mark)
         */
        Boolean isOf(Connection connection, int lane) throws SQLException {
            try (var select = connection.prepareStatement("select event_id from outbox_event where id = ? and lane = ?")) {
                select.setLong(1, checkId);
                select.setInt(2, lane);
                var result = select.executeQuery();
                return result.next() ? checkEventId.equals(result.getObject(1, UUID.class)) : null;
            }
        }
    }

    /** an outbox row as the relay reads it; a null payload makes a tombstone */
    record OutboxRow(long id, UUID eventId, String topic, String key, String type, String source, String subject,
            Instant occurredAt, String payload, String traceParent, Instant createdAt) {
    }
}
