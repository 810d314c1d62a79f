package io.ipcase.mediation.mediations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.mediation.support.Agreements;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input is refused with problem+json naming the fields, and changes nothing. */
@QuarkusTest
class BadInputTest {

    @Test
    void aDisputeWithBadIdentifiersOrMissingFieldsIs400NamingThem() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360494");
        Map<String, Object> body = Api.dispute(organisation.id(), "36049X");
        Map<String, Object> badOrganisation = Api.organisationParty("某公司");
        badOrganisation.put("uscc", "91350100M000100Y44");
        body.put("complainants", List.of(badOrganisation));
        body.put("respondents", List.of(Map.of("kind", "INDIVIDUAL", "name", "王建国")));
        body.remove("ipRight");
        organisation.admin().request().body(body).post("/api/v1/mediations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("region", "ipRight", "complainants[0].uscc"));
        Map<String, Object> withoutId = Api.dispute(organisation.id(), "360494");
        withoutId.put("respondents", List.of(Map.of("kind", "INDIVIDUAL", "name", "王建国")));
        organisation.admin().request().body(withoutId).post("/api/v1/mediations").then().statusCode(400)
                .body("errors.field", hasItems("respondents[0].idNumber"));
        organisation.admin().request().body(Map.of("organisationId", "not-a-uuid")).post("/api/v1/mediations").then().statusCode(400)
                .contentType("application/problem+json");
        organisation.admin().request().get("/api/v1/mediations?state=NOPE").then().statusCode(400).body("errors.field", hasItems("state"));
        organisation.admin().request().get("/api/v1/mediations").then().body("total", equalTo(0));
    }

    @Test
    void anActionWithoutWhatItNeedsOrNotAllowedNowChangesNothing() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360495");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360495")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        organisation.admin().act(id, "assign", Map.of()).then().statusCode(400).body("errors.field", hasItems("mediatorId"));
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "fail", Map.of()).then().statusCode(400).body("errors.field", hasItems("reason"));
        mediator.act(id, "schedule-session", Map.of("session", Map.of("mode", "BY_PIGEON"))).then().statusCode(400)
                .contentType("application/problem+json");
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE")))
                .then().statusCode(400).body("errors.field", hasItems("session.place"));
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement("2026-01-01", "2026-01-01"))).then()
                .statusCode(409).body("currentState", equalTo("ASSIGNED")).body("allowedActions", hasItems("schedule-session", "fail"));
        mediator.act(id, "fly-away").then().statusCode(404).contentType("application/problem+json");
        mediator.act(id, "fail", Map.of("reason", "x".repeat(2001))).then().statusCode(400).body("errors.field", hasItems("reason"));
        mediator.request().header("If-Match", "\"7\"").body(Api.reason("x")).post("/api/v1/mediations/" + id + "/fail").then()
                .statusCode(412).body("currentVersion", equalTo(1));
        mediator.request().get("/api/v1/mediations/" + UUID.randomUUID()).then().statusCode(404);

        Api.admin().get(id).then().body("state", equalTo("ASSIGNED")).body("version", equalTo(1));
        Api.admin().request().get("/api/v1/mediations/" + id + "/audit").then().body("entries.action", org.hamcrest.Matchers.contains(
                "open", "assign"));
    }

    @Test
    void anAgreementMissingASignatureOrNamingAStrangerIs422() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360496");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360496")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/2"))).then().statusCode(200);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement(today, today))).then().statusCode(422)
                .body("rule", equalTo("no-session-held"));
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "协商")).then().statusCode(200);
        Map<String, Object> unsigned = new java.util.HashMap<>(Agreements.agreement(today, today));
        unsigned.put("signatures", List.of(Map.of("signer", "福建闽科实业有限公司", "role", "COMPLAINANT", "signedOn", today),
                Map.of("signer", "张三", "role", "RESPONDENT", "signedOn", today)));
        mediator.act(id, "reach-agreement", Map.of("agreement", unsigned)).then().statusCode(422)
                .body("rule", equalTo("agreement-incomplete"))
                .body("detail", org.hamcrest.Matchers.containsString("王建国 has not signed"))
                .body("detail", org.hamcrest.Matchers.containsString("the mediator has not signed"));
        mediator.act(id, "reach-agreement", Map.of("agreement", Map.of("facts", "x"))).then().statusCode(400)
                .body("errors.field", hasItems("agreement.disputedPoints", "agreement.terms", "agreement.signatures"));
        Api.admin().get(id).then().body("state", equalTo("IN_PROGRESS"));
    }

    @Test
    void datesOutOfOrderWithTheMediationAreRefused() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360497");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360497")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api mediator = Api.mediator(mediatorId);
        for (String when : List.of("9999-01-01T02:00:00Z", "2150-01-01T02:00:00Z", "2001-01-01T02:00:00Z")) {
            mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", when, "mode", "ONLINE",
                    "place", "https://meeting.example.cn/r/3"))).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItems("session.scheduledAt"));
        }
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(), "mode", "ONLINE",
                "place", "https://meeting.example.cn/r/3"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "协商", "heldAt", "2001-01-01T02:00:00Z")).then().statusCode(400)
                .body("errors.field", hasItems("heldAt"));
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "协商")).then().statusCode(200);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement("2001-01-01", today))).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("signed before the mediation opened"));
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement("0000-01-01", today))).then().statusCode(400)
                .body("errors.field", hasItems("agreement.signatures[0].signedOn"));
        Map<String, Object> early = new java.util.HashMap<>(Agreements.agreement(today, today));
        early.put("terms", List.of(Map.of("obligor", "王建国", "obligation", "赔偿经济损失", "manner", "银行转账", "place", "请求人指定账户",
                "deadline", "2001-01-01", "amount", 20000)));
        mediator.act(id, "reach-agreement", Map.of("agreement", early)).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("falls due before the agreement is signed"));
        Api.admin().get(id).then().body("state", equalTo("IN_PROGRESS"));
    }
}
