package io.ipcase.cases.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.TopicTap;

import io.quarkus.test.junit.QuarkusTest;

/** What case-service publishes keeps to its published contract: every event valid against the schema of its type. */
@QuarkusTest
class EventContractTest {

    static final EventContract CONTRACT = EventContract.of("case");

    final Api officer = Api.officer();
    final TopicTap topic = TopicTap.of("ipcase.case.events");

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> types = CONTRACT.types();
        assertThat(types).hasSizeGreaterThan(30);
        for (String type : types) {
            assertThat(CONTRACT.violations(type, CONTRACT.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void everyPublishedEventIsValidAgainstTheSchemaOfItsType() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.request().body(Map.of("reason", "案情复杂")).post("/api/v1/cases/" + id + "/extension-request").then().statusCode(200);
        Api.head().request().body(Map.of("approved", true)).post("/api/v1/cases/" + id + "/extension-decision").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 3000)).then().statusCode(200);
        officer.act(id, "serve").then().statusCode(200);
        officer.act(id, "revoke-decision", Api.reason("行政复议撤销")).then().statusCode(200);
        officer.act(id, "reopen", Api.reason("重新调查")).then().statusCode(200);
        // once filed, a penalty case is withdrawn by the head's decision
        Api.head().act(id, "withdraw", Api.reason("当事人已注销")).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).containsExactly(
                "ipcase.case.received.v1", "ipcase.case.accepted.v1", "ipcase.case.filed.v1", "ipcase.case.extension-requested.v1",
                "ipcase.case.deadline-extended.v1", "ipcase.case.penalty-notified.v1", "ipcase.case.decision-issued.v1", "ipcase.case.decision-served.v1",
                "ipcase.case.decision-effective.v1", "ipcase.case.decision-published.v1", "ipcase.case.decision-revoked.v1",
                "ipcase.case.publication-withdrawn.v1", "ipcase.case.reopened.v1", "ipcase.case.withdrawn.v1"));
        // everything on the topic so far, from this test and any that ran before it
        for (TopicTap.Event event : topic.all()) {
            assertThat(CONTRACT.violations(event.type(), event.data())).as(event.type() + " " + event.data()).isEmpty();
        }
    }
}
