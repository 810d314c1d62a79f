package io.ipcase.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.TestServers;
import io.ipcase.kit.messaging.KafkaClientSettings;
import io.quarkus.test.junit.QuarkusTest;

/** The Kafka clients a service builds itself (outbox relay, topic set-up) get the kafka.* settings the channels get. */
@QuarkusTest
class KafkaClientSettingsTest {

    @Inject
    KafkaClientSettings settings;

    @Test
    void theServicesKafkaSettingsReachItsOwnClients() {
        String bootstrap = TestServers.get().kafkaBootstrapServers();
        assertThat(settings.bootstrapServers()).isEqualTo(bootstrap);
        assertThat(settings.producer()).containsEntry("bootstrap.servers", bootstrap).doesNotContainKeys("isolation.level", "group.id");
        assertThat(settings.admin()).containsEntry("bootstrap.servers", bootstrap).doesNotContainKeys("isolation.level", "group.id");
        assertThat(settings.consumer()).containsEntry("bootstrap.servers", bootstrap).containsEntry("isolation.level", "read_committed");
    }

    @Test
    void securitySettingsGoToEveryClientAndAnotherClientsSettingsDoNot() {
        Map<String, Object> kafka = new HashMap<>();
        kafka.put("bootstrap.servers", "broker-1:9093");
        kafka.put("security.protocol", "SASL_SSL");
        kafka.put("sasl.mechanism", "SCRAM-SHA-512");
        kafka.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";");
        kafka.put("ssl.truststore.location", "/etc/kafka/truststore.p12");
        // Quarkus' TLS registry: read by the SSL engine factory it names
        kafka.put("tls-configuration-name", "kafka");
        kafka.put("ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory");
        kafka.put("group.id", "case-service");
        kafka.put("isolation.level", "read_committed");
        kafka.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        kafka.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        kafka.put("acks", "all");
        KafkaClientSettings settings = KafkaClientSettings.of(kafka);

        Map<String, Object> security = Map.of("bootstrap.servers", "broker-1:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "ssl.truststore.location", "/etc/kafka/truststore.p12",
                "tls-configuration-name", "kafka", "ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory");
        for (Map<String, Object> client : java.util.List.of(settings.producer(), settings.admin(), settings.consumer())) {
            assertThat(client).containsAllEntriesOf(security).containsKey("sasl.jaas.config");
        }
        assertThat(settings.producer()).containsEntry("acks", "all")
                .doesNotContainKeys("group.id", "isolation.level", "key.deserializer", "value.serializer");
        assertThat(settings.admin()).doesNotContainKeys("group.id", "isolation.level", "key.deserializer", "value.serializer", "acks");
        assertThat(settings.consumer()).containsEntry("isolation.level", "read_committed")
                .doesNotContainKeys("group.id", "key.deserializer", "value.serializer", "acks");
    }
}
