package io.ipcase.credit.checks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Subjects;
import io.quarkus.test.junit.QuarkusTest;

/** The metrics page names routes by their templates: a path a caller made up never shows there. */
@QuarkusTest
class MetricsPrivacyTest {

    @Test
    void unmatchedPathsLeaveNoTraceOnTheMetricsPage() {
        String idNumber = Subjects.residentId();
        given().patch("/api/v1/credit-checks/" + idNumber).then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().delete("/api/v1/credit-checks/" + idNumber + "/x").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().get("/api/v1/public/blacklist?q=x").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(idNumber).doesNotContain(idNumber.substring(0, 12));
        assertThat(metrics).contains("uri=\"/api/v1/public/blacklist\"");
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .filter(l -> !l.matches(".*uri=\"(/api/v1[A-Za-z0-9/{}\\-]*|UNMATCHED|NOT_FOUND|REDIRECTION|root|/|/q/[a-z/\\-]+)\".*")))
                .as("uri tags that are not templates").isEmpty();
    }
}
