package io.ipcase.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restassured.path.json.JsonPath;

/**
 * What is on the topics, read from the beginning with a plain Kafka consumer as an outside reader
 * would: {@code isolation.level=read_committed} (the outbox publishes in Kafka transactions, so an
 * aborted batch must never be seen), every partition to its last stable offset.
 */
final class FaultLedger {

    /** One record with its CloudEvents headers. */
    record Event(String topic, int partition, long offset, String key, String id, String type, String data, Map<String, String> headers) {

        /** the type, with the record's kind for {@code record-added} (a subject gets one per fact) */
        String logicalType() {
            if (type != null && type.equals("ipcase.credit.record-added.v1")) {
                return type + "#" + json().getString("record.kind");
            }
            return type;
        }

        JsonPath json() {
            return JsonPath.from(data == null || data.isBlank() ? "{}" : data);
        }

        String where() {
            return topic + "-" + partition + "@" + offset;
        }
    }

    private final String bootstrapServers;

    FaultLedger(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every committed record of the topic, partition by partition in offset order. */
    List<Event> read(String topic, Duration atMost) {
        return read(topic, atMost, "read_committed");
    }

    private List<Event> read(String topic, Duration atMost, String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, atMost).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // with read_committed: the last stable offset, past which nothing is decided yet
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, atMost);
            Instant deadline = Instant.now().plus(atMost);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, atMost) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + atMost);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new TreeMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    events.add(new Event(r.topic(), r.partition(), r.offset(), r.key(), headers.get("ce_id"), headers.get("ce_type"), r.value(),
                            headers));
                }
            }
        }
        return events;
    }

    /** Every dead-letter topic ({@code <topic>.dlq.<group>}) that exists, with what is on it (committed or not). */
    Map<String, List<Event>> deadLetters(Duration atMost) throws Exception {
        Map<String, List<Event>> found = new TreeMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : admin.listTopics().names().get()) {
                if (topic.contains(".dlq.")) {
                    found.put(topic, read(topic, atMost, "read_uncommitted"));
                }
            }
        }
        return found;
    }
}
