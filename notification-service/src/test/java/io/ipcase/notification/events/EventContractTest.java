package io.ipcase.notification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** What notification-service publishes keeps to its published contract. */
@QuarkusTest
class EventContractTest {

    static final EventContract CONTRACT = EventContract.onClasspath("urn:ipcase:schema:ipcase.notification.delivered.v1",
            "ipcase.notification.delivered.v1.schema.json");

    @Test
    void theExampleAndEveryPublishedDeliveryAreValid() {
        assertThat(CONTRACT.types()).containsExactly("ipcase.notification.delivered.v1");
        assertThat(CONTRACT.violations("ipcase.notification.delivered.v1", CONTRACT.example("ipcase.notification.delivered.v1"))).isEmpty();

        UUID caseId = UUID.randomUUID();
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(),
                Upstream.caseExample("ipcase.case.decision-issued.v1", caseId, UUID.randomUUID().toString().substring(0, 8), d -> { }));
        TopicTap topic = TopicTap.of("ipcase.notification.events");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(caseId.toString())).hasSize(1));
        for (TopicTap.Event event : topic.all()) {
            assertThat(CONTRACT.violations(event.type(), event.data())).as(event.data()).isEmpty();
            assertThat(event.headers()).containsEntry("ce_source", "/ipcase/notification-service").containsKeys("ce_id", "ce_time");
        }
    }
}
