package io.ipcase.cases.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The reported figures follow what happened to the cases, per region and period, over REST and on /q/metrics. */
@QuarkusTest
class StatisticsTest {

    static final String RUICHANG = "360481";

    @Inject
    IpcaseClock clock;
    @Inject
    CaseMetrics metrics;

    final Api officer = Api.as("officer", "officer-ruichang", RUICHANG);

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    JsonPath report() {
        return officer.request().get("/api/v1/statistics?from=2026-05-01&to=2026-05-31").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void figuresFollowTheCases() {
        JsonPath before = report();
        clock.fixAt(LocalDate.of(2026, 5, 11));
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", RUICHANG);
        String refused = officer.registerCase(body);
        String decided = officer.registerCase(body);
        String open = officer.registerCase(body);
        officer.registerCase(body);
        officer.act(refused, "refuse", Api.reason("不属于管辖范围")).then().statusCode(200);
        officer.act(decided, "accept").then().statusCode(200);
        officer.act(open, "accept").then().statusCode(200);
        officer.act(decided, "issue-decision", Api.decision(true, 2000)).then().statusCode(200);
        officer.act(decided, "serve").then().statusCode(200);
        officer.act(decided, "record-performance").then().statusCode(200);
        officer.act(decided, "close", Map.of("closedReason", "PERFORMED")).then().statusCode(200);

        JsonPath after = report();
        assertThat(after.getLong("received") - before.getLong("received")).isEqualTo(4);
        assertThat(after.getLong("handled") - before.getLong("handled")).isEqualTo(3);
        assertThat(after.getLong("filed") - before.getLong("filed")).isEqualTo(2);
        assertThat(after.getLong("closed") - before.getLong("closed")).isEqualTo(1);
        assertThat(after.getLong("concludedOnTime") - before.getLong("concludedOnTime")).isEqualTo(1);
        assertThat(after.getLong("publishedOnTime") - before.getLong("publishedOnTime")).isEqualTo(1);
        assertThat(after.getDouble("handledRate")).isEqualTo(ratio(after, "handled", "received"));
        assertThat(after.getDouble("closureRate")).isEqualTo(ratio(after, "closed", "filed"));
        assertThat(after.getDouble("disclosureRate")).isEqualTo(ratio(after, "publishedOnTime", "publicationsDue"));
        assertThat(after.getLong("openByState.INVESTIGATING")).isGreaterThanOrEqualTo(1);

        Api.as("officer", "officer-li", "360700").request().get("/api/v1/statistics?region=" + RUICHANG).then().statusCode(403);
        Api.as("auditor", "auditor-qian", null).request().get("/api/v1/statistics?from=2026-05-01&to=2026-05-31").then()
                .statusCode(200);
        officer.request().get("/api/v1/statistics?from=2026-06-01&to=2026-05-01").then().statusCode(400);

        metrics.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ipcase_cases_open{state=\"INVESTIGATING\"}"))
                .body(containsString("ipcase_cases_closure_rate"))
                .body(containsString("ipcase_outbox_backlog"));
    }

    static double ratio(JsonPath report, String part, String whole) {
        return BigDecimal.valueOf(report.getLong(part)).divide(BigDecimal.valueOf(report.getLong(whole)), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
