package io.ipcase.cases.cases;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** An item of evidence, once registered, is where its Location says — on its own case only, as visible as the case. */
@QuarkusTest
class EvidenceRegisterTest {

    final Api officer = Api.officer();

    private String register(String caseId, String description) {
        return officer.request().body(Map.of("description", description, "kind", "DOCUMENT", "obtainedAt", "2026-03-01T10:00:00+08:00",
                "sha256", "b".repeat(64))).post("/api/v1/cases/" + caseId + "/evidence").then().statusCode(201).extract().header("Location");
    }

    @Test
    void theRegisteredItemIsWhereItsLocationPoints() {
        String id = officer.registerCase(Api.penaltyCase());
        String location = register(id, "现场检查笔录");
        officer.request().get(location).then().statusCode(200).body("description", equalTo("现场检查笔录")).body("caseId", equalTo(id))
                .body("sha256", equalTo("b".repeat(64)));
        Api.as("officer", "officer-gan", "360700").request().get(location).then().statusCode(403);
    }

    @Test
    void anItemIsFoundOnItsOwnCaseOnly() {
        String id = officer.registerCase(Api.penaltyCase());
        String other = officer.registerCase(Api.penaltyCase());
        String item = register(id, "询问笔录").substring(("/api/v1/cases/" + id + "/evidence/").length());
        officer.request().get("/api/v1/cases/" + other + "/evidence/" + item).then().statusCode(404)
                .contentType("application/problem+json");
        officer.request().get("/api/v1/cases/" + id + "/evidence/" + UUID.randomUUID()).then().statusCode(404);
        // what cannot be an id names nothing, as everywhere in the API
        officer.request().get("/api/v1/cases/" + id + "/evidence/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }
}
