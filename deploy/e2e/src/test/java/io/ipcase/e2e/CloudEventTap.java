package io.ipcase.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.ipcase.infra.TestServers;

/** Reads a topic from its beginning with the CloudEvents SDK, as an outside consumer would. */
final class CloudEventTap {

    record Received(String key, CloudEvent event) {
        String type() {
            return event.getType();
        }

        String data() {
            return event.getData() == null ? "" : new String(event.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static final Map<String, CloudEventTap> TAPS = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    static CloudEventTap of(String topic) {
        return TAPS.computeIfAbsent(topic, CloudEventTap::new);
    }

    private CloudEventTap(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the outbox publishes in transactions: committed events only
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of(topic));
        Thread reader = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(100))) {
                    received.add(new Received(record.key(), record.value()));
                }
            }
        }, "cloudevent-tap-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    List<Received> ofKey(String key) {
        return received.stream().filter(r -> key.equals(r.key())).toList();
    }

    List<String> typesOf(String key) {
        return ofKey(key).stream().map(Received::type).toList();
    }
}
