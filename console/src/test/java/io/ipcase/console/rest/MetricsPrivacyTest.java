package io.ipcase.console.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An identifier in a page's path (a subject's page) never reaches the metrics: they name routes, not paths. */
@QuarkusTest
class MetricsPrivacyTest {

    @Test
    void pathsWithPersonalDataAreCountedByTheirRoute() {
        String residentId = "11010519491231002X";
        given().redirects().follow(false).get("/credit/subjects/" + residentId).then().statusCode(303);
        given().redirects().follow(false).get("/no-such-page/" + residentId).then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests").doesNotContain(residentId);
    }
}
