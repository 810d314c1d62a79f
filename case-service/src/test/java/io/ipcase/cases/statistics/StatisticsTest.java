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
        Api.head().noticeWaived(decided);
        Api.head().act(decided, "issue-decision", Api.decision(true, 2000)).then().statusCode(200);
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
        assertThat(after.getDouble("closureRate")).isEqualTo(BigDecimal.valueOf(after.getLong("closed"))
                .divide(BigDecimal.valueOf(after.getLong("filed") - after.getLong("withdrawnOrTransferred")), 4, RoundingMode.HALF_UP).doubleValue());
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

    /**
     * An open case past its deadline counts against the on-time rate; a case withdrawn or handed to the
     * police after filing is not the bureau's to close; and a report of a past period stays as it was.
     */
    @Test
    void overdueOpenCasesCountAgainstTheOnTimeRateAndHandedOverCasesDoNotCount() {
        Api gongqing = Api.as("officer", "officer-gongqing", "360482");
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", "360482");
        clock.fixAt(LocalDate.of(2026, 7, 1));
        String onTime = gongqing.registerCase(body);
        java.util.List<String> overdue = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            overdue.add(gongqing.registerCase(body));
        }
        String withdrawn = gongqing.registerCase(body);
        String transferred = gongqing.registerCase(body);
        for (String id : concat(onTime, overdue, withdrawn, transferred)) {
            gongqing.act(id, "accept").then().statusCode(200);
        }
        Api.as("head", "head-gongqing", "360482").act(withdrawn, "withdraw", Api.reason("违法事实不能成立")).then().statusCode(200);
        gongqing.act(transferred, "propose-transfer", Api.reason("涉嫌犯罪")).then().statusCode(200);
        Api.as("head", "head-gongqing", "360482").act(transferred, "approve-transfer").then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 7, 2));
        Api.as("head", "head-gongqing", "360482").noticeWaived(onTime);
        Api.as("head", "head-gongqing", "360482").act(onTime, "issue-decision", Api.decision(true, 2000)).then().statusCode(200);
        gongqing.act(onTime, "serve").then().statusCode(200);
        gongqing.act(onTime, "record-performance").then().statusCode(200);
        gongqing.act(onTime, "close", Map.of("closedReason", "PERFORMED")).then().statusCode(200);
        // after the period: a late decision does not rewrite the period's figures
        clock.fixAt(LocalDate.of(2026, 11, 2));
        Api.as("head", "head-gongqing", "360482").noticeWaived(overdue.get(0));
        Api.as("head", "head-gongqing", "360482").act(overdue.get(0), "issue-decision", Api.decision(true, 2000)).then().statusCode(200);

        JsonPath july = gongqing.request().get("/api/v1/statistics?from=2026-07-01&to=2026-10-31").then().statusCode(200).extract().jsonPath();
        assertThat(july.getLong("filed")).isEqualTo(13);
        assertThat(july.getLong("withdrawnOrTransferred")).isEqualTo(2);
        assertThat(july.getLong("closed")).isEqualTo(1);
        assertThat(july.getDouble("closureRate")).isEqualTo(0.0909);
        assertThat(july.getLong("concluded")).isEqualTo(2);
        assertThat(july.getLong("concludedOnTime")).isEqualTo(2);
        assertThat(july.getLong("overdueOpen")).isEqualTo(10);
        // one decided on time and the withdrawal, against ten open past their deadline: 2 of 12, not 100 %
        assertThat(july.getDouble("onTimeRate")).isEqualTo(0.1667);
    }

    static java.util.List<String> concat(Object... ids) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (Object id : ids) {
            if (id instanceof java.util.Collection<?> many) {
                many.forEach(i -> all.add((String) i));
            } else {
                all.add((String) id);
            }
        }
        return all;
    }
}
