package io.ipcase.kit.messaging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The settings of every Kafka client a service builds itself (outbox relay, topic set-up), taken
 * from the same {@code kafka.*} properties SmallRye's channels use — Quarkus exposes them as the
 * map {@code @Identifier("default-kafka-broker")} — so bootstrap servers, SASL and TLS reach them
 * too.
 * <p>
 * Each view keeps what the client understands: a known setting of another kind of client (a
 * consumer's {@code group.id} or {@code isolation.level}, a serializer) is left out of a producer
 * or admin client; a setting no Kafka client defines (a login callback's or SSL engine factory's
 * own option, such as {@code tls-configuration-name}) is passed on, for the plugin that reads it.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private static final Set<String> KNOWN = new HashSet<>();

    static {
        KNOWN.addAll(ProducerConfig.configNames());
        KNOWN.addAll(ConsumerConfig.configNames());
        KNOWN.addAll(AdminClientConfig.configNames());
    }

    private final Map<String, Object> common;

    @Inject
    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        Map<String, Object> copy = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        this.common = Map.copyOf(copy);
    }

    /** Settings from a plain map of Kafka client properties (outside CDI, e.g. in a test). */
    public static KafkaClientSettings of(Map<String, Object> kafka) {
        return new KafkaClientSettings(kafka);
    }

    /** For a producer: everything but the consumer's and the serializers' settings. */
    public Map<String, Object> producer() {
        Map<String, Object> config = only(ProducerConfig.configNames());
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }

    /** For an admin client. */
    public Map<String, Object> admin() {
        return only(AdminClientConfig.configNames());
    }

    /** For a consumer (deserializers and group left to the caller). */
    public Map<String, Object> consumer() {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return config;
    }

    /** The bootstrap servers every client connects to. */
    public String bootstrapServers() {
        Object servers = common.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        return servers == null ? null : servers.toString();
    }

    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        common.forEach((key, value) -> {
            if (names.contains(key) || !KNOWN.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }
}
