package io.ipcase.mediation.mediations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Referrals;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** Who may see and change a mediation: its mediator, its organisation, the court and officers of its region. */
@QuarkusTest
class AccessTest {

    @Test
    void noTokenIs401() {
        given().get("/api/v1/mediations").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).post("/api/v1/mediations/" + UUID.randomUUID() + "/fail").then()
                .statusCode(401);
    }

    @Test
    void aMediatorCannotTouchAnotherMediatorsMediation() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360491");
        String mine = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String other = Registry.mediator(organisation, "刘洋", "TRADEMARK");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360491")).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        // not offered to them (wrong kind of right): they may neither take it nor see it
        Api.mediator(other).act(id, "accept").then().statusCode(403).contentType("application/problem+json");
        Api.mediator(other).get(id).then().statusCode(403);
        Api.mediator(other).request().get("/api/v1/mediations").then().statusCode(200).body("items.id", not(hasItem(id)));

        organisation.admin().act(id, "assign", Map.of("mediatorId", mine)).then().statusCode(200);
        Api.mediator(other).act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", Instant.now().toString(),
                "mode", "ONLINE", "place", "https://meeting.example.cn/r/1"))).then().statusCode(403);
        Api.mediator(other).act(id, "fail", Api.reason("x")).then().statusCode(403);
        Api.mediator(mine).get(id).then().statusCode(200).body("state", equalTo("ASSIGNED"));
        // the court records the court's acts only; a mediator cannot confirm
        Api.mediator(mine).act(id, "withdraw", Api.reason("申请人撤回调解申请")).then().statusCode(200);
    }

    @Test
    void anotherOrganisationCannotAssignAndCourtsAndOfficersSeeTheirRegionOnly() {
        Registry.Organisation organisation = Registry.organisation("ADMINISTRATIVE", "360492");
        Registry.Organisation elsewhere = Registry.organisation("ADMINISTRATIVE", "350102");
        String theirs = Registry.mediator(elsewhere, "林峰", "PATENT_UTILITY_MODEL");
        Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        UUID caseId = UUID.randomUUID();
        Referrals.refer(caseId, "360492");
        Api admin = Api.admin();
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> admin.request().queryParam("caseId", caseId.toString())
                .get("/api/v1/mediations").then().extract().<String>path("items[0].id"), Objects::nonNull);

        elsewhere.admin().act(id, "assign", Map.of("mediatorId", theirs)).then().statusCode(403);
        organisation.admin().act(id, "assign", Map.of("mediatorId", theirs)).then().statusCode(403);
        Api.as("court", "court-fz-01", "350102").get(id).then().statusCode(403);
        Api.as("court", "court-fz-01", "350102").act(id, "confirm").then().statusCode(403);
        Api.as("officer", "officer-fz", "350100").get(id).then().statusCode(403);
        Api.as("officer", "officer-jj", "360400").get(id).then().statusCode(200).body("caseId", equalTo(caseId.toString()));
        Api.as("officer", "officer-jj", "360400").request().queryParam("caseId", caseId.toString()).get("/api/v1/mediations").then()
                .body("total", equalTo(1));
        Api.as("officer", "officer-jj", "360400").act(id, "withdraw", Api.reason("x")).then().statusCode(403);
        Api.court().get(id).then().statusCode(200);
        admin.get(id).then().body("state", equalTo("REQUESTED")).body("version", equalTo(0));
    }

    @Test
    void onlyItsAdministratorsManageAnOrganisationsMediators() {
        Registry.Organisation organisation = Registry.organisation("INDUSTRY", "360493");
        Registry.Organisation other = Registry.organisation("INDUSTRY", "360493");
        other.admin().request().body(Map.of("id", "mediator-intruder", "name", "某某", "ipKinds", java.util.List.of("TRADEMARK")))
                .post("/api/v1/mediation-organisations/" + organisation.id() + "/mediators").then().statusCode(403);
        Api.mediator("mediator-x").request().body(Map.of("name", "x", "kind", "PEOPLES", "region", "360400", "admins", java.util.List.of("a")))
                .post("/api/v1/mediation-organisations").then().statusCode(403);
    }
}
