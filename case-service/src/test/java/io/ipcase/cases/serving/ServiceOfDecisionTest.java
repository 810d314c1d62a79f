package io.ipcase.cases.serving;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    private static void delivered(String key, String caseId, String respondent, String at) throws Exception {
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                NOTIFICATION_CONTRACT.resolve("ipcase.notification.delivered.v1.example.json"), StandardCharsets.UTF_8));
        data.put("caseId", caseId);
        data.put("recipient", respondent);
        data.put("deliveredAt", at);
        EventSender.send("ipcase.notification.events", key, UUID.randomUUID(), "ipcase.notification.delivered.v1",
                "/ipcase/notification-service", data.toString());
    }

    /** a penalty against a company that agreed to electronic service and a person who did not */
    private String decided() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> company = Api.organisation("九江某商贸有限公司");
        company.put("eServiceConsent", true);
        body.put("respondents", List.of(company, Api.individual("张三丰")));
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 3000)).then().statusCode(200);
        return id;
    }

    /**
     * 行政处罚法 Art. 61: each respondent is served by its own delivery, by e-mail only with its consent; the decision is
     * served (and a penalty in force) once it reached every respondent, on the last day.
     */
    @Test
    void eachRespondentIsServedByItsOwnDeliveryAndTheDecisionOnceAllAre() throws Exception {
        String id = decided();
        String other = decided();
        String decidedOn = officer.get(id).then().extract().path("decision.decidedOn");
        // 01:30 UTC is 09:30 in China: the service date is China's
        String deliveredAt = decidedOn + "T01:30:00Z";
        delivered(id, id, Api.USCC, deliveredAt);
        // a delivery to the person who did not consent is no service; a resend to the company changes nothing more; the
        // delivery of another case's decision behind them on the same partition shows when they have been consumed
        delivered(id, id, Api.RESIDENT_ID, deliveredAt);
        delivered(id, id, Api.USCC, deliveredAt);
        delivered(id, other, Api.USCC, deliveredAt);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(other).then().body("service[0].servedOn", equalTo(decidedOn)));
        officer.get(id).then().body("state", equalTo("DECIDED"))
                .body("service.find { it.subjectId == '" + Api.USCC + "' }.method", equalTo("ELECTRONIC"))
                .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.servedOn", equalTo(null));

        // electronically only with consent; the officer serves the person by post, and the decision is served then
        officer.act(id, "serve", Map.of("subjectId", Api.RESIDENT_ID, "serviceMethod", "ELECTRONIC")).then().statusCode(422)
                .body("rule", equalTo("no-e-service-consent"));
        officer.act(id, "serve", Map.of("subjectId", Api.USCC)).then().statusCode(422).body("rule", equalTo("already-served"));
        officer.act(id, "serve", Map.of("subjectId", Api.RESIDENT_ID, "serviceMethod", "POST")).then().statusCode(200)
                .body("state", equalTo("EFFECTIVE")).body("decision.servedOn", equalTo(decidedOn))
                .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.method", equalTo("POST"));
        officer.request().get("/api/v1/cases/" + id + "/audit").then()
                .body("entries.findAll { it.actor == 'system:notification-service' }.action", org.hamcrest.Matchers.contains("serve"));
    }
}
