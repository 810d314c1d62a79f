package io.ipcase.notification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** What notification-service publishes keeps to its published contract. */
@QuarkusTest
class EventContractTest {

    static final EventContract CONTRACT = EventContract.of("notification");

    @Test
    void theExampleAndEveryPublishedDeliveryAreValid() {
        assertThat(CONTRACT.types()).containsExactly("ipcase.notification.delivered.v1", "ipcase.notification.undeliverable.v1");
        for (String type : CONTRACT.types()) {
            assertThat(CONTRACT.violations(type, CONTRACT.example(type))).as(type).isEmpty();
        }

        UUID caseId = UUID.randomUUID();
        Upstream.send("ipcase.case.decision-issued.v1", caseId.toString(),
                Upstream.caseExample("ipcase.case.decision-issued.v1", caseId, UUID.randomUUID().toString().substring(0, 8), d -> { }));
        // the notice of a proposal: delivered to a subject whose contact is known, undeliverable to one without
        String subject = "91360400MA" + UUID.randomUUID().toString().substring(0, 7).toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "1") + "X";
        String unknown = "91360400MB" + UUID.randomUUID().toString().substring(0, 7).toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "1") + "X";
        UUID subjectsCase = UUID.randomUUID();
        Upstream.send("ipcase.case.decision-issued.v1", subjectsCase.toString(), Upstream.caseExample("ipcase.case.decision-issued.v1",
                subjectsCase, UUID.randomUUID().toString().substring(0, 8), d -> ((ObjectNode) d.withArray("respondents").get(0)).put("subjectId", subject)));
        String delivered = UUID.randomUUID().toString();
        String undeliverable = UUID.randomUUID().toString();
        TopicTap topic = TopicTap.of("ipcase.notification.events");
        // the case event that names the subject's contact is applied (its decision is delivered) before the notice comes
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(subjectsCase.toString())).hasSize(1));
        for (String[] notice : new String[][] { { subject, delivered }, { unknown, undeliverable } }) {
            ObjectNode proposed = Upstream.example("ipcase.credit.listing-proposed.v1");
            proposed.put("subjectId", notice[0]).put("listingId", notice[1]);
            Upstream.send("ipcase.credit.listing-proposed.v1", notice[0], proposed);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(caseId.toString())).hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(delivered)).containsExactly("ipcase.notification.delivered.v1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(undeliverable))
                .containsExactly("ipcase.notification.undeliverable.v1"));
        for (TopicTap.Event event : topic.all()) {
            assertThat(CONTRACT.violations(event.type(), event.data())).as(event.data()).isEmpty();
            assertThat(event.headers()).containsEntry("ce_source", "/ipcase/notification-service").containsKeys("ce_id", "ce_time");
        }
    }
}
