package io.ipcase.credit.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Active listings, pending proposals, listings by outcome and the check latency are on /q/metrics. */
@QuarkusTest
class CreditMetricsTest {

    @Inject
    CreditMetrics metrics;

    @Test
    void theFiguresAreOnTheMetricsEndpoint() {
        metrics.refresh();
        given().get("/api/v1/public/blacklist").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ipcase_credit_listings_active"))
                .body(containsString("ipcase_credit_proposals_pending"))
                .body(containsString("ipcase_credit_listings{state=\"REVOKED\"}"))
                .body(containsString("ipcase_credit_check_seconds_count{kind=\"public-search\"}"));
    }
}
