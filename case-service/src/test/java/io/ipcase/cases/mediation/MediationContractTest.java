package io.ipcase.cases.mediation;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.EventSender;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer side of mediation-service's contract: each of its published examples, made into an
 * event about a case in mediation here, has the effect this service promises, and no other.
 */
@QuarkusTest
class MediationContractTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final Api officer = Api.officer();

    @ParameterizedTest(name = "{0} leaves the case {1}")
    @CsvSource(textBlock = """
            failed,                  INVESTIGATING
            withdrawn,               INVESTIGATING
            expired,                 INVESTIGATING
            confirmation-rejected,   INVESTIGATING
            agreement-performed,     CLOSED
            confirmed,               CLOSED
            """)
    void anOutcomeMovesTheCase(String name, String state) throws IOException {
        String id = caseInMediation();
        send(id, name);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo(state)));
        if (state.equals("CLOSED")) {
            officer.get(id).then().body("closedReason", equalTo("MEDIATED"));
        }
    }

    /** the example of agreement-not-performed is of a confirmed agreement: the court enforces it, the case is not taken back */
    @ParameterizedTest(name = "{0} leaves the case in mediation")
    @CsvSource(textBlock = """
            opened
            mediator-assigned
            session-scheduled
            session-held
            extended
            agreement-reached
            confirmation-requested
            confirmation-accepted
            agreement-not-performed
            """)
    void progressLeavesTheCaseInMediation(String name) throws IOException {
        String id = caseInMediation();
        send(id, name);
        // a failure sent after it on the same partition: once the case has returned, the first was consumed without effect
        send(id, "failed");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.get(id).then().body("state", equalTo("INVESTIGATING")));
        officer.request().get("/api/v1/cases/" + id + "/audit").then()
                .body("entries.findAll { it.actor == 'system:mediation-service' }.action", org.hamcrest.Matchers.contains("return-from-mediation"));
    }

    private String caseInMediation() {
        String id = officer.registerCase(Api.rulingRequest());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "refer-to-mediation").then().statusCode(200);
        return id;
    }

    /** mediation-service's published example of the event, about this case */
    private static void send(String caseId, String name) throws IOException {
        String type = "ipcase.mediation." + name + ".v1";
        ObjectNode data = (ObjectNode) JSON.readTree(EventContract.exampleOf(type));
        data.put("caseId", caseId);
        EventSender.send("ipcase.mediation.events", caseId, UUID.randomUUID(), type, "/ipcase/mediation-service", JSON.writeValueAsString(data));
    }
}
