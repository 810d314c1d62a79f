package io.ipcase.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.ipcase.infra.EmbeddedSmtp;
import io.ipcase.infra.TestServers;
import io.ipcase.infra.testing.EventSender;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** What cannot be read goes to the dead-letter topic, and the events after it on the partition are still delivered. */
@QuarkusTest
class PoisonEventTest {

    @Test
    void unreadableAndUnknownEventsGoToTheDeadLetterTopicAndTheNextIsDelivered() throws Exception {
        UUID caseId = UUID.randomUUID();
        String key = caseId.toString();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> garbage = new ProducerRecord<>("ipcase.case.events", key, "{not json");
            garbage.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            garbage.headers().add("ce_type", "ipcase.case.accepted.v1".getBytes(StandardCharsets.UTF_8));
            garbage.headers().add("ce_source", "/somewhere".getBytes(StandardCharsets.UTF_8));
            producer.send(garbage).get();
        }
        EventSender.send("ipcase.case.events", key, UUID.randomUUID(), "com.example.unknown", "/somewhere", "{\"caseId\":\"" + caseId + "\"}");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Upstream.send("ipcase.case.refused.v1", key, Upstream.caseExample("ipcase.case.refused.v1", caseId, tag, d -> { }));

        EmbeddedSmtp smtp = TestServers.get().smtp();
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedBy("complainants-" + tag + "@example.cn").isEmpty());
        TopicTap dlq = TopicTap.of("ipcase.case.events.dlq.notification-service");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dlq.ofKey(key)).hasSize(2));
        assertThat(dlq.ofKey(key)).extracting(TopicTap.Event::type).containsExactly("ipcase.case.accepted.v1", "com.example.unknown");
    }
}
