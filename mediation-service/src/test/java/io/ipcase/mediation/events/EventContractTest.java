package io.ipcase.mediation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** What mediation-service publishes keeps to its published contract: every event valid against the schema of its type. */
@QuarkusTest
class EventContractTest {

    static final EventContract CONTRACT = EventContract.of("mediation");
    final TopicTap topic = TopicTap.of("ipcase.mediation.events");

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> types = CONTRACT.types();
        // every event the rules publish has its schema and example, and no schema lacks its event
        assertThat(types).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(io.ipcase.mediation.domain.MediationEvent.values())
                .map(e -> "ipcase.mediation." + e.eventName() + ".v1").toList());
        assertThat(types).hasSize(21);
        for (String type : types) {
            assertThat(CONTRACT.violations(type, CONTRACT.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void everyPublishedEventIsValidAgainstTheSchemaOfItsType() {
        Registry.Organisation organisation = Registry.organisation("INDUSTRY", "360497");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360497")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "accept").then().statusCode(200);
        mediator.act(id, "extend", Map.of("partiesConsent", true)).then().statusCode(200);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/3"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "达成一致")).then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        mediator.act(id, "reach-agreement", Map.of("agreement", io.ipcase.mediation.support.Agreements.agreement(today, today)))
                .then().statusCode(200);
        mediator.act(id, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then().statusCode(200);
        Api.court().act(id, "reject-confirmation", Map.of("reason", "不予受理")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).containsExactly(
                "ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.extended.v1",
                "ipcase.mediation.session-scheduled.v1", "ipcase.mediation.session-held.v1", "ipcase.mediation.agreement-reached.v1",
                "ipcase.mediation.confirmation-requested.v1", "ipcase.mediation.confirmation-rejected.v1"));
        // everything on the topic so far, from this test and any that ran before it
        for (TopicTap.Event event : topic.all()) {
            assertThat(CONTRACT.violations(event.type(), event.data())).as(event.type() + " " + event.data()).isEmpty();
            assertThat(event.headers()).containsKeys("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time");
        }
    }
}
