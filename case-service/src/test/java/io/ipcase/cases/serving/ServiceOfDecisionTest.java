package io.ipcase.cases.serving;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.EventSender;
import io.quarkus.test.junit.QuarkusTest;

/** The decision's service date comes from notification-service's delivery (its published example, about this case). */
@QuarkusTest
class ServiceOfDecisionTest {

    static final Path NOTIFICATION_CONTRACT = Path.of("..", "notification-service", "src", "main", "resources", "events");
    final Api officer = Api.officer();

    private static void delivered(String caseId, String at) throws Exception {
        delivered(caseId, caseId, at);
    }

    private static void delivered(String key, String caseId, String at) throws Exception {
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                NOTIFICATION_CONTRACT.resolve("ipcase.notification.delivered.v1.example.json"), StandardCharsets.UTF_8));
        data.put("caseId", caseId);
        data.put("deliveredAt", at);
        EventSender.send("ipcase.notification.events", key, UUID.randomUUID(), "ipcase.notification.delivered.v1",
                "/ipcase/notification-service", data.toString());
    }

    private String decided() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 3000)).then().statusCode(200);
        return id;
    }

    @Test
    void aPenaltyDeliveredByEmailIsServedThatDayAndTakesEffect() throws Exception {
        String id = decided();
        String other = decided();
        String decidedOn = officer.get(id).then().extract().path("decision.decidedOn");
        // 01:30 UTC is 09:30 in China: the service date is China's
        String deliveredAt = decidedOn + "T01:30:00Z";
        delivered(id, deliveredAt);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("EFFECTIVE"))
                .body("decision.servedOn", equalTo(decidedOn)));
        // a second delivery (the same decision to another respondent, or a resend) changes nothing more; the delivery
        // of another case's decision behind it on the same partition shows when it has been consumed
        delivered(id, deliveredAt);
        delivered(id, other, deliveredAt);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(other).then().body("state", equalTo("EFFECTIVE")));
        officer.request().get("/api/v1/cases/" + id + "/audit").then()
                .body("entries.findAll { it.actor == 'system:notification-service' }.action",
                        org.hamcrest.Matchers.contains("serve", "make-effective"));
    }
}
