package io.ipcase.cases.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** The public page of penalty decisions lists the most recently published first, or the earliest first when asked. */
@QuarkusTest
class PublicDisclosureOrderTest {

    /** 都昌县: no other test publishes there, so the page holds this test's decisions only */
    static final String REGION = "360428";

    @Inject
    IpcaseClock clock;

    final Api officer = Api.officer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    /** a penalty decision of the region, published on that day: its case number */
    private String publishedOn(LocalDate day) {
        clock.fixAt(day);
        Map<String, Object> body = Api.penaltyCase();
        body.put("region", REGION);
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 20000)).then().statusCode(200);
        officer.act(id, "serve").then().statusCode(200);
        return officer.get(id).path("caseNumber");
    }

    private List<String> caseNumbers(String query) {
        return given().get("/api/v1/public/penalty-decisions?region=" + REGION + "&size=100" + query).then().statusCode(200)
                .extract().path("items.caseNumber");
    }

    @Test
    void decisionsComeNewestFirstOrOldestFirst() {
        String earlier = publishedOn(LocalDate.of(2026, 6, 1));
        String later = publishedOn(LocalDate.of(2026, 6, 2));

        // a database kept from an earlier run may hold that run's decisions of the region too
        List<String> ours = List.of(earlier, later);
        assertThat(caseNumbers("")).filteredOn(ours::contains).containsExactly(later, earlier);
        assertThat(caseNumbers("&sort=NEWEST")).filteredOn(ours::contains).containsExactly(later, earlier);
        List<String> oldestFirst = caseNumbers("&sort=OLDEST");
        assertThat(oldestFirst).filteredOn(ours::contains).containsExactly(earlier, later);
        // the next page keeps the sort
        String link = given().get("/api/v1/public/penalty-decisions?region=" + REGION + "&sort=OLDEST&size=1").then().statusCode(200)
                .body("items.caseNumber", contains(oldestFirst.get(0))).extract().header("Link");
        String next = java.util.Arrays.stream(link.split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow()
                .replaceAll("^<(.*)>.*$", "$1");
        assertThat(next).contains("sort=OLDEST");
        given().get(next).then().statusCode(200).body("items.caseNumber", contains(oldestFirst.get(1)));
    }

    @Test
    void anUnknownSortIsABadRequestNamingIt() {
        given().get("/api/v1/public/penalty-decisions?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort")).body("errors[0].message", containsString("NEWEST, OLDEST"));
    }
}
