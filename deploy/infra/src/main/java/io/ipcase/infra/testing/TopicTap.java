package io.ipcase.infra.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.ipcase.infra.TestServers;

/**
 * Reads a topic from its beginning as an outside consumer would and keeps every record, so tests
 * can wait for the events of one case. One reader per topic and JVM.
 */
public final class TopicTap {

    public record Event(String key, Map<String, String> headers, String data, long offset, int partition) {
        public String type() {
            return headers.get("ce_type");
        }
    }

    private static final Map<String, TopicTap> TAPS = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Event> events = new CopyOnWriteArrayList<>();

    public static TopicTap of(String topic) {
        return TAPS.computeIfAbsent(topic, TopicTap::new);
    }

    private TopicTap(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // the outbox publishes in transactions: committed events only
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        Thread reader = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Map<String, String> headers = StreamSupport.stream(record.headers().spliterator(), false)
                            .collect(Collectors.toMap(h -> h.key(), h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
                    events.add(new Event(record.key(), headers, record.value(), record.offset(), record.partition()));
                }
            }
        }, "event-tap-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    public List<Event> all() {
        return List.copyOf(events);
    }

    public List<Event> ofKey(String key) {
        return events.stream().filter(e -> key.equals(e.key())).toList();
    }

    public List<String> typesOf(String key) {
        return ofKey(key).stream().map(Event::type).toList();
    }
}
