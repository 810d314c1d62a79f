package io.ipcase.cases.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.infra.testing.EventSender;
import io.quarkus.test.junit.QuarkusTest;

/** Mediation events from the topic move the case, once each however often they arrive. */
@QuarkusTest
class MediationOutcomeTest {

    static final String TOPIC = "ipcase.mediation.events";
    static final String SOURCE = "/ipcase/mediation-service";

    final Api officer = Api.officer();
    final TopicTap caseEvents = TopicTap.of("ipcase.case.events");

    String caseInMediation() {
        String id = officer.registerCase(Api.rulingRequest());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "refer-to-mediation").then().statusCode(200);
        return id;
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String id = caseInMediation();
        UUID eventId = UUID.randomUUID();
        String data = "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-1\",\"reason\":\"双方分歧过大\",\"someNewField\":{\"x\":1}}";
        EventSender.send(TOPIC, id, eventId, "ipcase.mediation.failed.v1", SOURCE, data);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("INVESTIGATING")));

        // the case is in mediation again when the same event arrives a second time: it must change nothing
        officer.act(id, "refer-to-mediation").then().statusCode(200);
        EventSender.send(TOPIC, id, eventId, "ipcase.mediation.failed.v1", SOURCE, data);
        // a new event after the duplicate: once it is applied, the duplicate has certainly been consumed
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.withdrawn.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-2\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseEvents.typesOf(id))
                .filteredOn(t -> t.equals("ipcase.case.returned-from-mediation.v1")).hasSize(2));
        assertThat(caseEvents.typesOf(id)).containsExactly("ipcase.case.received.v1", "ipcase.case.accepted.v1",
                "ipcase.case.filed.v1", "ipcase.case.referred-to-mediation.v1", "ipcase.case.returned-from-mediation.v1",
                "ipcase.case.referred-to-mediation.v1", "ipcase.case.returned-from-mediation.v1");
        // the second return came from the new event, not from the duplicate
        assertThat(caseEvents.ofKey(id).get(6).data()).contains("\"mediationId\":\"M-2\"").contains("mediation withdrawn");
        officer.get(id).then().body("mediationId", equalTo("M-2"));
    }

    @Test
    void performedAgreementClosesTheCaseAsMediated() {
        String id = caseInMediation();
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.agreement-reached.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-9\"}");
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.agreement-performed.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-9\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then()
                .body("state", equalTo("CLOSED")).body("closedReason", equalTo("MEDIATED")).body("mediationId", equalTo("M-9")));
    }

    /**
     * Compensation in a trademark penalty case is mediated beside the penalty (商标法 Art. 60 §3): the case keeps its state
     * and its closing clock runs on.
     */
    @Test
    void compensationIsMediatedWithoutStoppingThePenaltysClock() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        String closingDue = officer.get(id).then().extract().path("closingDue");
        officer.act(id, "refer-to-mediation").then().statusCode(409);
        officer.act(id, "refer-compensation-to-mediation", Api.reason("双方请求就赔偿数额调解")).then().statusCode(200)
                .body("state", equalTo("INVESTIGATING")).body("closingDue", equalTo(closingDue)).body("pauses", org.hamcrest.Matchers.empty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseEvents.typesOf(id))
                .endsWith("ipcase.case.compensation-referred-to-mediation.v1"));
        officer.get(id).then().body("state", equalTo("INVESTIGATING"));
    }

    @Test
    void anUnconfirmedAgreementNotPerformedReturnsTheCaseToTheRulingTrack() {
        String id = caseInMediation();
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.agreement-not-performed.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-8\",\"previousState\":\"AGREEMENT_REACHED\",\"reason\":\"未按期赔偿\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("INVESTIGATING")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseEvents.ofKey(id).get(caseEvents.ofKey(id).size() - 1).data())
                .contains("the mediation agreement was not performed: 未按期赔偿"));
    }

    /** a confirmed agreement is enforceable by the court: the dispute is settled (docs/domain.md, "Closing as mediated") */
    @Test
    void aJudiciallyConfirmedAgreementClosesTheCaseAsMediated() {
        String id = caseInMediation();
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.confirmed.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-6\",\"previousState\":\"CONFIRMATION_ACCEPTED\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then()
                .body("state", equalTo("CLOSED")).body("closedReason", equalTo("MEDIATED")).body("mediationId", equalTo("M-6")));
    }

    @Test
    void aRejectedJudicialConfirmationReturnsTheCaseToTheRulingTrack() {
        String id = caseInMediation();
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.confirmation-rejected.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-7\",\"reason\":\"协议内容违反法律强制性规定\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("INVESTIGATING")));
        // the event leaves through the outbox after the commit: wait for it rather than race the relay
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(caseEvents.ofKey(id).get(caseEvents.ofKey(id).size() - 1).data())
                .contains("the court rejected judicial confirmation: 协议内容违反法律强制性规定"));
    }

    @Test
    void aMalformedEventDoesNotBlockTheOnesAfterIt() {
        String id = caseInMediation();
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.failed.v1", SOURCE, "not json");
        EventSender.send(TOPIC, id, UUID.randomUUID(), "ipcase.mediation.failed.v1", SOURCE,
                "{\"caseId\":\"" + id + "\",\"mediationId\":\"M-3\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("INVESTIGATING")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TopicTap.of("ipcase.mediation.events.dlq.case-service").ofKey(id)).hasSize(1));
    }
}
