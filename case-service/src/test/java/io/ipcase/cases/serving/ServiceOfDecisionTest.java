package io.ipcase.cases.serving;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.EventSender;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;

/** The decision's service date comes from notification-service's delivery (its published example, about this case). */
@QuarkusTest
class ServiceOfDecisionTest {

    static final EventContract NOTIFICATION_CONTRACT = EventContract.of("notification");
    final Api officer = Api.officer();
    final TopicTap topic = TopicTap.of("ipcase.case.events");
    @Inject
    IpcaseClock clock;

    private static void delivered(String key, String caseId, String respondent, String at) throws Exception {
        ObjectNode data = (ObjectNode) new ObjectMapper().readTree(
                NOTIFICATION_CONTRACT.example("ipcase.notification.delivered.v1"));
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

    /**
     * Each respondent owes the decision from its own service (docs/domain.md, "Performance"): its 15 days to pay, a demand
     * made of it and its refusal on record; the other, having paid, is neither demanded of nor told, nor listed.
     */
    @Test
    void eachRespondentOwesTheDecisionFromItsOwnService() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        try {
            String id = decided();
            officer.act(id, "serve", Map.of("subjectId", Api.USCC, "serviceMethod", "ELECTRONIC", "servedOn", "2026-03-02")).then().statusCode(200)
                    .body("state", equalTo("DECIDED"))
                    .body("service.find { it.subjectId == '" + Api.USCC + "' }.paymentDue", equalTo("2026-03-17"));
            clock.fixAt(LocalDate.of(2026, 3, 9));
            officer.act(id, "serve", Map.of("subjectId", Api.RESIDENT_ID, "serviceMethod", "POST", "servedOn", "2026-03-09")).then().statusCode(200)
                    .body("state", equalTo("EFFECTIVE"))
                    // the case's own dates are its last service's
                    .body("decision.paymentDue", equalTo("2026-03-24"))
                    .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.paymentDue", equalTo("2026-03-24"));

            // the company is demanded of once its own period is over, while the person's still runs
            clock.fixAt(LocalDate.of(2026, 3, 18));
            officer.act(id, "demand-performance", Map.of("subjectId", Api.RESIDENT_ID)).then().statusCode(422)
                    .body("rule", equalTo("payment-period-running"));
            officer.act(id, "demand-performance", Map.of("subjectId", Api.USCC)).then().statusCode(200)
                    .body("service.find { it.subjectId == '" + Api.USCC + "' }.demandDue", equalTo("2026-03-30"))
                    .body("allowedActions", hasItem("demand-performance"))
                    // the case works towards the earliest period a respondent still owes in: the person's payment
                    .body("deadline.clock", equalTo("PAYMENT")).body("deadline.dueOn", equalTo("2026-03-24"));
            // the person pays on time (a payment dated in the future is refused); the company does not
            officer.act(id, "record-performance", Map.of("subjectId", Api.RESIDENT_ID, "performedOn", "2026-03-18")).then().statusCode(200)
                    .body("state", equalTo("EFFECTIVE"))
                    .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.performedOn", equalTo("2026-03-18"))
                    .body("allowedActions", not(hasItem("demand-performance")))
                    .body("deadline.clock", equalTo("DEMAND")).body("deadline.dueOn", equalTo("2026-03-30"));
            clock.fixAt(LocalDate.of(2026, 3, 31));
            officer.act(id, "record-non-performance", Map.of("reason", "逾期未缴纳罚款")).then().statusCode(200)
                    .body("state", equalTo("NOT_PERFORMED"))
                    .body("service.find { it.subjectId == '" + Api.USCC + "' }.refused", equalTo(true))
                    .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.refused", equalTo(false))
                    // 14 days late on 3,000: the company's surcharge, not the person's
                    .body("service.find { it.subjectId == '" + Api.USCC + "' }.lateSurcharge", equalTo(1260.00f))
                    .body("service.find { it.subjectId == '" + Api.RESIDENT_ID + "' }.lateSurcharge", equalTo(0.00f));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(id).stream()
                    .filter(e -> e.headers().get("ce_type").endsWith("decision-not-performed.v1")).toList()).singleElement()
                    .satisfies(e -> assertThat(e.data()).contains("\"respondentId\":\"" + Api.USCC + "\"")
                            .contains("\"notPerformedBy\":\"" + Api.USCC + "\"")));
            assertThat(topic.ofKey(id).stream().filter(e -> e.headers().get("ce_type").endsWith("performance-demanded.v1")).toList())
                    .singleElement().satisfies(e -> assertThat(e.data()).contains("\"respondentId\":\"" + Api.USCC + "\""));
        } finally {
            clock.useSystemClock();
        }
    }
}
