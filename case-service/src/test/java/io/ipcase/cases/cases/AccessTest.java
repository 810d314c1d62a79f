package io.ipcase.cases.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Roles and jurisdiction: who may read and change which case. */
@QuarkusTest
class AccessTest {

    final Api officer = Api.officer();
    final Api otherRegionOfficer = Api.as("officer", "officer-gan", "360700");

    @Test
    void noTokenOrABadTokenIs401() {
        given().get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not.a.token").get("/api/v1/cases").then().statusCode(401);
        String expired = DevTokens.token("officer-li", "officer", Api.REGION, Instant.now().minusSeconds(3600));
        given().auth().oauth2(expired).get("/api/v1/cases").then().statusCode(401);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            without an audience           | 0      | 3600          | none
            for another audience          | 0      | 3600          | another-system
            issued an hour from now       | 3600   | 7200          | ipcase
            living a thousand years       | 0      | 31557600000   | ipcase
            issued two days ago           | -172800 | 3600         | ipcase
            """)
    void tokensTheServicesMustNotTrustAre401(String what, long issuedIn, long expiresIn, String audience) {
        Instant now = Instant.now();
        String token = DevTokens.token("officer-li", "officer", Api.REGION, now.plusSeconds(issuedIn), now.plusSeconds(expiresIn), audience);
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json");
        String fine = DevTokens.token("officer-li", "officer", Api.REGION, now, now.plusSeconds(3600), DevTokens.AUDIENCE);
        given().auth().oauth2(fine).get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    void rolesWithoutCaseDutiesAre403() {
        Api.as("mediator", "mediator-wu", Api.REGION).register(Api.penaltyCase()).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("auditor", "auditor-qian", null).register(Api.penaltyCase()).then().statusCode(403);
        String id = officer.registerCase(Api.penaltyCase());
        Api.as("auditor", "auditor-qian", null).act(id, "accept").then().statusCode(403);
        Api.as("credit-platform", "platform", null).get(id).then().statusCode(403);
    }

    @Test
    void officersWorkOnlyInTheirRegionUnlessShared() {
        Map<String, Object> elsewhere = Api.penaltyCase();
        elsewhere.put("region", "360702");
        officer.register(elsewhere).then().statusCode(403);

        String id = officer.registerCase(Api.penaltyCase());
        otherRegionOfficer.get(id).then().statusCode(403);
        otherRegionOfficer.act(id, "accept").then().statusCode(403);
        officer.get(id).then().body("state", equalTo("RECEIVED"));
        otherRegionOfficer.request().get("/api/v1/cases?size=200").then().statusCode(200).body("items.id", not(hasItem(id)));

        officer.request().body(Map.of("region", "360700")).post("/api/v1/cases/" + id + "/shares").then().statusCode(200);
        otherRegionOfficer.get(id).then().statusCode(200).body("sharedRegions", hasItem("360700"));
        otherRegionOfficer.request().get("/api/v1/cases?size=200").then().body("items.id", hasItem(id));
        // joint handling: the sharing region adds evidence, but the case's own region decides (docs/domain.md, "Who decides on a case")
        otherRegionOfficer.request().body(Map.of("description", "现场检查笔录", "kind", "DOCUMENT", "obtainedAt", "2026-03-01T10:00:00+08:00",
                "sha256", "a".repeat(64))).post("/api/v1/cases/" + id + "/evidence").then().statusCode(201);
        otherRegionOfficer.act(id, "accept").then().statusCode(403);
        officer.get(id).then().body("state", equalTo("RECEIVED"));
        officer.act(id, "accept").then().statusCode(200);
    }

    @Test
    void countyOfficerCannotSeeTheNeighbouringCounty() {
        String id = officer.registerCase(Api.penaltyCase());
        Api.as("officer", "county-officer", "360402").get(id).then().statusCode(403);
        Api.as("officer", "province-officer", "360000").get(id).then().statusCode(200);
        Api.as("auditor", "auditor-qian", null).get(id).then().statusCode(200);
    }

    @Test
    void aReviewerNeverReviewsACaseTheyHandle() {
        Api officerWhoReviews = Api.as("officer,reviewer", "officer-li", Api.REGION);
        String id = officer.registerCase(Api.rulingRequest());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "submit-for-review", Map.of("decision", Map.of("infringementFound", true))).then().statusCode(200);
        officerWhoReviews.act(id, "approve-review", Map.of("reason", "ok")).then().statusCode(403);
        officer.get(id).then().body("state", equalTo("LEGAL_REVIEW"));

        // not a handling officer, but submitted the decision: still not independent
        Api colleague = Api.as("officer,reviewer", "officer-sun", Api.REGION);
        String other = officer.registerCase(Api.rulingRequest());
        officer.act(other, "accept").then().statusCode(200);
        colleague.act(other, "submit-for-review", Map.of("decision", Map.of("infringementFound", true))).then().statusCode(200);
        colleague.act(other, "approve-review", Map.of("reason", "ok")).then().statusCode(403);
        Api.reviewer().act(other, "approve-review", Map.of("reason", "ok")).then().statusCode(200);
    }

    /** 移送管辖: the head hands the case over; the receiving region decides it from then on, the former one no longer sees it. */
    @Test
    void aCaseHandedToAnotherAuthorityBecomesItsCase() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.request().body(Map.of("region", "360700", "reason", "侵权行为发生地在赣州市")).post("/api/v1/cases/" + id + "/jurisdiction-transfer")
                .then().statusCode(403);
        Api.head().request().body(Map.of("region", "360700")).post("/api/v1/cases/" + id + "/jurisdiction-transfer").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.head().request().body(Map.of("region", "360700", "reason", "侵权行为发生地在赣州市")).post("/api/v1/cases/" + id + "/jurisdiction-transfer")
                .then().statusCode(200).body("region", equalTo("360700"));
        officer.get(id).then().statusCode(403);
        otherRegionOfficer.get(id).then().statusCode(200).body("state", equalTo("INVESTIGATING"));
        otherRegionOfficer.act(id, "suspend", Api.reason("等待检验")).then().statusCode(200);
    }
}
