package io.ipcase.mediation.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.support.Agreements;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** Success rate, duration and open mediations per organisation and kind, for a region and a period. */
@QuarkusTest
class StatisticsTest {

    static final String REGION = "360471";

    @Inject
    IpcaseClock clock;
    @Inject
    MediationMetrics metrics;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void figuresPerOrganisationAndKindForAPeriod() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        Registry.Organisation peoples = Registry.organisation("PEOPLES", REGION);
        Registry.Organisation industry = Registry.organisation("INDUSTRY", REGION);
        String chen = Registry.mediator(peoples, "陈敏", "PATENT_UTILITY_MODEL");
        String liu = Registry.mediator(industry, "刘洋", "PATENT_UTILITY_MODEL");
        String agreed = assigned(peoples, chen);
        String failed = assigned(peoples, chen);
        String withdrawn = assigned(peoples, chen);
        String inProgress = assigned(industry, liu);
        industry.admin().request().body(Api.dispute(industry.id(), REGION)).post("/api/v1/mediations").then().statusCode(201);
        Api mediatorChen = Api.mediator(chen);
        for (String id : new String[] { agreed, failed }) {
            session(mediatorChen, id);
        }
        session(Api.mediator(liu), inProgress);

        clock.fixAt(LocalDate.of(2026, 3, 4));
        mediatorChen.act(withdrawn, "withdraw", Api.reason("申请人撤回")).then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 3, 10));
        mediatorChen.act(agreed, "reach-agreement", Map.of("agreement", Agreements.agreement("2026-03-10", "2026-03-10"))).then()
                .statusCode(200);
        clock.fixAt(LocalDate.of(2026, 3, 12));
        mediatorChen.act(failed, "fail", Api.reason("分歧过大")).then().statusCode(200);

        Api officer = Api.as("officer", "officer-jj", "360400");
        officer.request().queryParam("region", REGION).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/mediation-statistics").then().statusCode(200)
                .body("total.opened", equalTo(5))
                .body("total.agreements", equalTo(1))
                .body("total.failed", equalTo(1))
                .body("total.withdrawn", equalTo(1))
                .body("total.successRate", equalTo(0.5f))
                // (8 + 10 + 2) days / 3 concluded
                .body("total.averageDays", equalTo(6.7f))
                .body("openByState.REQUESTED", equalTo(1))
                .body("openByState.IN_PROGRESS", equalTo(1))
                .body("openByState.AGREEMENT_REACHED", equalTo(1))
                .body("byOrganisation", hasSize(2))
                .body("byOrganisation.find { it.key == '" + peoples.id() + "' }.figures.opened", equalTo(3))
                .body("byOrganisation.find { it.key == '" + industry.id() + "' }.figures.successRate", nullValue())
                .body("byKind.key", org.hamcrest.Matchers.contains("INDUSTRY", "PEOPLES"));
        // a later period sees none of it opened or concluded, but what is open is open now
        officer.request().queryParam("region", REGION).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .get("/api/v1/mediation-statistics").then().statusCode(200)
                .body("total.opened", equalTo(0)).body("total.successRate", nullValue()).body("openByState.IN_PROGRESS", equalTo(1));

        peoples.admin().request().queryParam("from", "2026-03-01").get("/api/v1/mediation-statistics").then().statusCode(200)
                .body("organisationId", equalTo(peoples.id())).body("total.opened", equalTo(3)).body("byKind.key",
                        org.hamcrest.Matchers.contains("PEOPLES"));
        peoples.admin().request().queryParam("organisationId", industry.id()).get("/api/v1/mediation-statistics").then().statusCode(403);
        Api.as("court", "court-fz", "350100").request().queryParam("region", REGION).get("/api/v1/mediation-statistics").then()
                .statusCode(403);
        officer.request().queryParam("from", "March").get("/api/v1/mediation-statistics").then().statusCode(400)
                .contentType("application/problem+json");
        Api.mediator(chen).request().get("/api/v1/mediation-statistics").then().statusCode(403);
    }

    @Test
    void theFiguresAreOnTheMetricsEndpoint() {
        metrics.refresh();
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("ipcase_mediations_open{state=\"IN_PROGRESS\"}"))
                .body(org.hamcrest.Matchers.containsString("ipcase_mediations_success_rate"))
                .body(org.hamcrest.Matchers.containsString("ipcase_mediations_duration_average_days"));
    }

    private String assigned(Registry.Organisation organisation, String mediatorId) {
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), REGION)).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        return id;
    }

    private void session(Api mediator, String id) {
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", clock.now().toString(), "mode", "ON_SITE",
                "place", "第一调解室"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "协商", "heldAt", clock.now().toString())).then()
                .statusCode(200);
    }
}
