package io.ipcase.infra.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.ipcase.infra.TestServers;

/** Publishes binary-mode CloudEvents the way another service's relay does. */
public final class EventSender {

    private static KafkaProducer<String, String> producer;

    private EventSender() {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static void send(String topic, String key, UUID eventId, String type, String source, String data) {
        send(topic, key, eventId, type, source, data, Instant.now());
    }

    /** the same, stamped as happening at {@code time} (ce_time): an event from a producer whose clock was set */
    public static void send(String topic, String key, UUID eventId, String type, String source, String data, Instant time) {
        send(topic, key, eventId, type, source, data, time, java.util.Map.of());
    }

    /** the same with headers of its own beside the envelope's, e.g. the caller's {@code traceparent} */
    public static void send(String topic, String key, UUID eventId, String type, String source, String data, Instant time,
            java.util.Map<String, String> more) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        more.forEach((name, value) -> record.headers().add(name, bytes(value)));
        record.headers().add("ce_specversion", bytes("1.0"));
        record.headers().add("ce_id", bytes(eventId.toString()));
        record.headers().add("ce_type", bytes(type));
        record.headers().add("ce_source", bytes(source));
        record.headers().add("ce_time", bytes(time.toString()));
        record.headers().add("content-type", bytes("application/json"));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
