package io.ipcase.notification.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ipcase.infra.TestServers;
import io.ipcase.notification.support.Api;
import io.ipcase.notification.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;

/** The routing table is data an admin changes; recipients choose their language; the figures are on /q/metrics. */
@QuarkusTest
class RouteAdminTest {

    @Test
    void anAdminRoutesAnEventAnewAndARecipientReadsEnglish() {
        Api admin = Api.admin();
        admin.request().get("/api/v1/routes").then().statusCode(200).body("eventName", hasItems("case.accepted", "credit.listing-proposed"));
        admin.request().body(Map.of("recipients", List.of("HANDLING_OFFICERS", "COMPLAINANTS"), "enabled", true))
                .put("/api/v1/routes/case.referred-to-mediation").then().statusCode(200)
                .body("recipients", org.hamcrest.Matchers.contains("HANDLING_OFFICERS", "COMPLAINANTS"));
        admin.request().body(Map.of("recipients", List.of("PARTIES"), "enabled", true)).put("/api/v1/routes/case.suspended").then()
                .statusCode(422).body("rule", equalTo("no-template"));
        admin.request().body(Map.of("recipients", List.of("NOBODY"), "enabled", true)).put("/api/v1/routes/case.accepted").then()
                .statusCode(400).contentType("application/problem+json");

        String officer = "officer-en-" + UUID.randomUUID().toString().substring(0, 8);
        Api.staff(officer, "Li Wei", officer + "@jiujiang.example.gov.cn", List.of("EMAIL"), List.of("officer"), "360400");
        Api.as("officer", officer, "360400").request().body(Map.of("name", "Li Wei", "email", officer + "@jiujiang.example.gov.cn",
                "language", "en", "channels", List.of("EMAIL"))).put("/api/v1/recipients/" + officer).then().statusCode(200)
                .body("language", equalTo("en")).body("roles", hasItems("officer"));
        UUID caseId = UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode data = Upstream.caseExample("ipcase.case.referred-to-mediation.v1", caseId, tag,
                d -> d.putArray("handlingOfficers").add(officer));
        Upstream.send("ipcase.case.referred-to-mediation.v1", caseId.toString(), data);
        var smtp = TestServers.get().smtp();
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedBy(officer + "@jiujiang.example.gov.cn").isEmpty());
        assertThat(smtp.receivedBy(officer + "@jiujiang.example.gov.cn").get(0).subject()).startsWith("[Mediation] Case ");
        await().atMost(Duration.ofSeconds(30)).until(() -> !smtp.receivedBy("complainants-" + tag + "@example.cn").isEmpty());
        assertThat(smtp.receivedBy("respondents-" + tag + "@example.cn")).isEmpty();

        admin.request().body(Map.of("recipients", List.of("PARTIES"), "enabled", true)).put("/api/v1/routes/case.referred-to-mediation")
                .then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("ipcase_notifications_sent_total"))
                .body(containsString("ipcase_notifications_retrying")).body(containsString("ipcase_notifications_queue_age_seconds"));
    }
}
