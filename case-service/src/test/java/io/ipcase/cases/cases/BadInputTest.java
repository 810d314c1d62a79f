package io.ipcase.cases.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Bad input is refused with a 400 problem naming the fields, and nothing is written. */
@QuarkusTest
class BadInputTest {

    final Api officer = Api.officer();

    long caseCount() {
        return officer.request().get("/api/v1/cases?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    Response registerExpecting400(Map<String, Object> body) {
        long before = caseCount();
        Response response = officer.register(body);
        response.then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
        return response;
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> body = Api.penaltyCase();
        body.remove("track");
        body.remove("ipRight");
        body.put("respondents", List.of());
        registerExpecting400(body).then().body("errors.field", hasItems("track", "ipRight", "respondents"));
    }

    @Test
    void badUsccAndIdChecksumsAreRefused() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.put("uscc", "91350100M000100Y44");
        Map<String, Object> person = Api.individual("李四");
        person.put("idNumber", "110105194912310021");
        body.put("respondents", List.of(organisation, person));
        registerExpecting400(body).then()
                .body("errors.field", hasItems("respondents[0].uscc", "respondents[1].idNumber"));
    }

    @Test
    void organisationWithoutUsccIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        Map<String, Object> organisation = Api.organisation("某公司");
        organisation.remove("uscc");
        body.put("respondents", List.of(organisation));
        registerExpecting400(body).then().body("errors.field", hasItem("respondents[0].uscc"));
    }

    @Test
    void badDivisionCodeIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", "990400");
        registerExpecting400(body).then().body("errors.field", hasItem("region"));
    }

    @Test
    void wrongTypesAreNamed() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("amountInvolved", "a lot");
        registerExpecting400(body).then().body("errors[0].field", equalTo("amountInvolved"));
        body = Api.penaltyCase();
        body.put("track", "CRIMINAL");
        registerExpecting400(body).then().body("errors[0].field", equalTo("track"))
                .body("errors[0].message", containsString("ADMINISTRATIVE_PENALTY"));
        body = Api.penaltyCase();
        body.put("receivedOn", "2026-02-30");
        registerExpecting400(body).then().body("errors[0].field", equalTo("receivedOn"));
    }

    @Test
    void oversizedTextIsRefused() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("summary", "侵".repeat(4001));
        registerExpecting400(body).then().body("errors.field", hasItem("summary"));
    }

    @Test
    void oneOfficerIsNotEnough() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("handlingOfficers", List.of("officer-li"));
        registerExpecting400(body).then().body("errors.field", hasItem("handlingOfficers"));
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefused() {
        long before = caseCount();
        officer.request().body("{\"track\": ").post("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> body = Api.penaltyCase();
        body.put("colour", "red");
        officer.register(body).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        org.assertj.core.api.Assertions.assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void unknownCaseAndActionAre404() {
        officer.get("00000000-0000-0000-0000-000000000000").then().statusCode(404).contentType("application/problem+json");
        officer.get("not-a-uuid").then().statusCode(404);
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "teleport").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void actionWithoutItsRequiredReasonChangesNothing() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "refuse").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        officer.get(id).then().body("state", equalTo("RECEIVED")).body("version", equalTo(0));
    }
}
