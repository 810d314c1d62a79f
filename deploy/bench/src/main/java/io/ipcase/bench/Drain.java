package io.ipcase.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Backlog drain: a backlog of case events put on {@code ipcase.case.events} at once, and the time each consuming service
 * takes to work through it, beside two floors from the same run:
 * <ul>
 * <li>a plain Kafka consumer reading the same backlog (the broker and the client alone);</li>
 * <li>PostgreSQL running each service's own per-event transactions: captured from the server's statement log while the
 * services consumed a sample of the same events (spread over the backlog's source), then replayed in turn on one connection, as one consumer thread runs
 * them. A service applies only the events it wants (the others it passes over without a transaction), so its floor
 * for the backlog is the replay's rate over the share of the sample it applied.</li>
 * </ul>
 * The backlog is the topic's own newest events (as the stack's earlier work left them; the newest 5,000, in turn), each
 * put again under a fresh event id with its key, data and other headers: the consumers apply them as new events, in the mix the stack produces.
 * A service is done when its group's committed offsets reach the backlog's last record on every partition (the services
 * commit every few seconds, so a figure may be late by that much).
 */
final class Drain {

    static final String TOPIC = "ipcase.case.events";
    private static final List<String> GROUPS = List.of("credit-service", "mediation-service", "notification-service");
    private static final Map<String, String> DATABASES = Map.of("credit-service", "credit_service", "mediation-service", "mediation_service",
            "notification-service", "notification_service");
    private static final Pattern INBOX = Pattern.compile("insert into consumed_event\\b", Pattern.CASE_INSENSITIVE);
    private static final int SAMPLE = 300;
    private static final int SOURCE = 5_000;

    private final Stack stack;
    private final Report report;
    private final Duration duration;

    Drain(Stack stack, Report report, Duration duration) {
        this.stack = stack;
        this.report = report;
        this.duration = duration;
    }

    void run(int events) throws Exception {
        Latencies.line("%s", String.format("backlog drain: %,d case events", events));
        // the newest events at most SOURCE of them, put again in turn: their mix without holding the whole backlog in memory
        List<ConsumerRecord<String, String>> source = newest(Math.min(events, SOURCE));
        if (source.isEmpty()) {
            report.note("backlog drain: ipcase.case.events is empty on this stack (run the flows first): not measured");
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka));
                KafkaProducer<String, String> producer = producer()) {
            // the services' own transactions, captured while they consume a sample of the same events, spread over the whole
            // source so that it holds the backlog's mix (the newest events alone may be of one kind)
            List<ConsumerRecord<String, String>> sample = new ArrayList<>();
            for (int i = 0; i < Math.min(SAMPLE, source.size()); i++) {
                sample.add(source.get((int) ((long) i * source.size() / Math.min(SAMPLE, source.size()))));
            }
            Map<String, List<CapturedTransaction>> byDatabase = CapturedTransaction.captureAll(stack, List.copyOf(DATABASES.values()), INBOX, () -> {
                awaitGroups(admin, produce(producer, sample, sample.size()), Duration.ofMinutes(5));
                return true;
            });
            Map<String, List<CapturedTransaction>> captured = new LinkedHashMap<>();
            // a case event's own transaction (the sample's effects on other topics are consumed too, and are not the figure's)
            GROUPS.forEach(group -> captured.put(group, byDatabase.get(DATABASES.get(group)).stream().filter(Drain::appliesACaseEvent).toList()));

            Map<TopicPartition, Long> start = stack.endOffsets(TOPIC);
            Map<String, Double> cpuBefore = stack.cpuSeconds();
            long began = System.nanoTime();
            Map<TopicPartition, Long> end = produce(producer, source, events);
            double produced = (System.nanoTime() - began) / 1e9;
            report.note(String.format("backlog: %,d events put on %s in %.1f s (%d distinct types, %d partitions)", events, TOPIC, produced,
                    source.stream().map(r -> header(r, "ce_type")).distinct().count(), end.size()));
            Map<String, Double> seconds = awaitGroups(admin, end, Duration.ofSeconds(Math.max(600, events / 10)));
            cpu(cpuBefore, stack.cpuSeconds(), (System.nanoTime() - began) / 1e9);
            double elapsedPlain = plainConsumer(start, end);
            for (String group : GROUPS) {
                Double took = seconds.get(group);
                List<CapturedTransaction> transactions = captured.get(group);
                double perSecond = took == null ? 0 : events / took;
                String measured = took == null ? "not drained in time" : String.format("%.1f s, %,.0f events/s", took, perSecond);
                Map<String, Object> raw = new LinkedHashMap<>();
                raw.put("events", events);
                raw.put("seconds", took);
                raw.put("perSecond", perSecond);
                raw.put("plainConsumerSeconds", elapsedPlain);
                double applied = (double) transactions.size() / sample.size();
                raw.put("appliedShare", applied);
                if (transactions.isEmpty()) {
                    report.add(new Report.Row("drain, " + group, measured, "plain consumer, same backlog", String.format("%.1f s", elapsedPlain), null,
                            "— (applies none of these events)", null, raw));
                    continue;
                }
                Load.Result floor = replay(group, transactions);
                // the database's rate for this backlog: its per-event transactions, for the share of events the service applies
                double floorPerSecond = floor.perSecond() / applied;
                double ratio = perSecond / floorPerSecond;
                raw.put("transactionFloorPerSecond", floor.perSecond());
                raw.put("floorPerSecond", floorPerSecond);
                raw.put("ratio", ratio);
                report.add(new Report.Row("drain, " + group, measured,
                        String.format("PostgreSQL replaying its per-event transactions (%.0f %% of the events applied)", applied * 100),
                        String.format("%,.0f events/s (%,.0f tx/s)", floorPerSecond, floor.perSecond()), ratio, "≥ 50 % of the floor",
                        took != null && ratio >= 0.5 && floor.failed() == 0, raw));
                if (floor.failed() > 0) {
                    report.note(String.format("%s's replay: %d of %d transactions failed (%s)", group, floor.failed(), floor.ok() + floor.failed(),
                            floor.firstFailure()));
                }
            }
            report.add(new Report.Row("drain, a plain Kafka consumer (the broker's floor)", String.format("%.1f s, %,.0f events/s", elapsedPlain,
                    events / elapsedPlain), "—", "—", null, "—", null, Map.of("seconds", elapsedPlain)));
        }
    }

    /** where the box's time went while the backlog drained: CPU seconds by process, beside the seconds the cores had */
    private void cpu(Map<String, Double> before, Map<String, Double> after, double seconds) {
        StringBuilder line = new StringBuilder(String.format("CPU seconds while it drained (%.0f s, %.0f CPU seconds on %d cores):", seconds,
                seconds * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors()));
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            total += used;
            line.append(String.format(" %s %.0f,", e.getKey(), used));
        }
        report.note(line.append(String.format(" in all %.0f", total)).toString());
    }

    /** the topic's newest {@code count} committed records (fewer when it holds fewer) */
    private List<ConsumerRecord<String, String>> newest(int count) {
        ArrayDeque<ConsumerRecord<String, String>> newest = new ArrayDeque<>(count);
        try (KafkaConsumer<String, String> consumer = stack.kafkaConsumer()) {
            List<TopicPartition> partitions = Stack.partitions(consumer, TOPIC);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            // read no more of each partition than could be among the newest
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - count));
            }
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (header(r, "ce_id") != null) {
                        if (newest.size() == count) {
                            newest.removeFirst();
                        }
                        newest.addLast(r);
                    }
                }
            }
        }
        List<ConsumerRecord<String, String>> records = new ArrayList<>(newest);
        // in the order they were written, as near as the partitions allow
        records.sort((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        return records;
    }

    /** puts {@code count} records (the source over again if it holds fewer) under fresh event ids; the offset after each partition's last */
    private static Map<TopicPartition, Long> produce(KafkaProducer<String, String> producer, List<ConsumerRecord<String, String>> source, int count)
            throws Exception {
        List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ConsumerRecord<String, String> r = source.get(i % source.size());
            RecordHeaders headers = new RecordHeaders();
            for (Header h : r.headers()) {
                headers.add(h.key(), h.key().equals("ce_id") ? UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8) : h.value());
            }
            sent.add(producer.send(new ProducerRecord<>(TOPIC, null, r.key(), r.value(), headers)));
        }
        producer.flush();
        Map<TopicPartition, Long> end = new HashMap<>();
        for (java.util.concurrent.Future<RecordMetadata> f : sent) {
            RecordMetadata m = f.get();
            end.merge(new TopicPartition(m.topic(), m.partition()), m.offset() + 1, Math::max);
        }
        return end;
    }

    /** seconds until each group's committed offsets reach {@code end} on every partition (a group missing is not in the map) */
    private static Map<String, Double> awaitGroups(Admin admin, Map<TopicPartition, Long> end, Duration patience) throws Exception {
        long began = System.nanoTime();
        long deadline = began + patience.toNanos();
        Map<String, Double> done = new LinkedHashMap<>();
        while (done.size() < GROUPS.size() && System.nanoTime() < deadline) {
            for (String group : GROUPS) {
                if (done.containsKey(group)) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                boolean caughtUp = end.entrySet().stream().allMatch(e -> {
                    OffsetAndMetadata at = committed.get(e.getKey());
                    return at != null && at.offset() >= e.getValue();
                });
                if (caughtUp) {
                    done.put(group, (System.nanoTime() - began) / 1e9);
                }
            }
            Thread.sleep(200);
        }
        return done;
    }

    /** seconds a plain consumer takes to read the records between {@code start} and {@code end}, committed ones only */
    private double plainConsumer(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        try (KafkaConsumer<String, String> consumer = stack.kafkaConsumer()) {
            consumer.assign(end.keySet());
            end.keySet().forEach(tp -> consumer.seek(tp, start.getOrDefault(tp, 0L)));
            long began = System.nanoTime();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(100));
            }
            return (System.nanoTime() - began) / 1e9;
        }
    }

    private Load.Result replay(String group, List<CapturedTransaction> transactions) throws Exception {
        try (CapturedTransaction.InTurn loop = new CapturedTransaction.InTurn(stack, transactions)) {
            // a transaction that cannot be replayed as captured is left out of the floor (and said)
            int left = loop.keepReplayable();
            if (left > 0) {
                report.note(String.format("%s: %d of its %d captured transactions could not be replayed as captured and are left out of its floor",
                        group, left, transactions.size()));
            }
            if (loop.size() == 0) {
                return new Load.Result(group + " replay", 0, new org.HdrHistogram.Histogram(3), 0, 1, "no transaction could be replayed");
            }
            return Load.closed(group + " replay", 1, Duration.ofSeconds(2), duration, i -> loop);
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static boolean appliesACaseEvent(CapturedTransaction t) {
        return t.statements.stream().anyMatch(s -> INBOX.matcher(s.text()).find()
                && s.parameters().stream().anyMatch(v -> v != null && v.startsWith("ipcase.case.")));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
