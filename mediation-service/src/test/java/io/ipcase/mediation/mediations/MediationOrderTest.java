package io.ipcase.mediation.mediations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** The orders of the mediation list: newest, oldest, and the nearest end of the time limit first. */
@QuarkusTest
class MediationOrderTest {

    /** no other test opens mediations here, so the organisation's administrator sees only this test's */
    static final String REGION = "360479";

    @Inject
    IpcaseClock clock;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    /** a dispute the organisation takes in on that day: the mediation's id */
    private static String openedOn(Registry.Organisation organisation, LocalDate day, IpcaseClock clock) {
        clock.fixAt(day);
        return organisation.admin().request().body(Api.dispute(organisation.id(), REGION)).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
    }

    private static List<String> ids(Registry.Organisation organisation, String sort) {
        return organisation.admin().request().get("/api/v1/mediations?size=200" + sort).then().statusCode(200).extract().path("items.id");
    }

    private static LocalDate dueOn(Api api, String id) {
        return LocalDate.parse(api.get(id).then().statusCode(200).extract().path("dueOn"));
    }

    /**
     * Three mediations opened a week apart: the oldest's time limit extended past the middle one's, the newest withdrawn. DUE
     * puts the two still being mediated first, the nearest end first, and the withdrawn one after them.
     */
    @Test
    void mediationsComeNewestOldestOrNearestDueFirst() {
        Registry.Organisation organisation = Registry.organisation("PEOPLES", REGION);
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String oldest = openedOn(organisation, LocalDate.of(2026, 3, 2), clock);
        String middle = openedOn(organisation, LocalDate.of(2026, 3, 9), clock);
        String newest = openedOn(organisation, LocalDate.of(2026, 3, 16), clock);
        organisation.admin().act(oldest, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api.mediator(mediatorId).act(oldest, "extend", Map.of("partiesConsent", true)).then().statusCode(200);
        organisation.admin().act(newest, "withdraw", Api.reason("申请人撤回")).then().statusCode(200);
        assertThat(dueOn(organisation.admin(), middle)).isBefore(dueOn(organisation.admin(), oldest));
        assertThat(dueOn(organisation.admin(), newest)).isBefore(dueOn(organisation.admin(), oldest));

        assertThat(ids(organisation, "")).containsExactly(newest, middle, oldest);
        assertThat(ids(organisation, "&sort=NEWEST")).containsExactly(newest, middle, oldest);
        assertThat(ids(organisation, "&sort=OLDEST")).containsExactly(oldest, middle, newest);
        assertThat(ids(organisation, "&sort=DUE")).containsExactly(middle, oldest, newest);

        // the next page keeps the sort
        String link = organisation.admin().request().get("/api/v1/mediations?sort=DUE&size=1").then().statusCode(200)
                .body("items.id", contains(middle)).extract().header("Link");
        String next = java.util.Arrays.stream(link.split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow()
                .replaceAll("^<(.*)>.*$", "$1");
        assertThat(next).contains("sort=DUE");
        organisation.admin().request().get(next).then().statusCode(200).body("items.id", contains(oldest));
    }

    @Test
    void anUnknownSortIsABadRequestNamingIt() {
        Api.admin().request().get("/api/v1/mediations?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort")).body("errors[0].message", containsString("NEWEST, OLDEST, DUE"));
    }
}
