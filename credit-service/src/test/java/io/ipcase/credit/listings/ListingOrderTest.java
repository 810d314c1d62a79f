package io.ipcase.credit.listings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.credit.watch.ListingWatch;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The orders of the listings (newest, oldest, the credit officers' decision queue) and of the public blacklist (most
 * recently listed, earliest listed), with a fixed clock.
 */
@QuarkusTest
class ListingOrderTest {

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    final Api creditOfficer = Api.creditOfficer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    /** a refusal to perform reported on that day proposes the subject: the new proposal's id */
    private String proposedOn(LocalDate day, String subject) {
        clock.fixAt(day);
        List<String> before = ids(subject, "");
        Upstream.decisionNotPerformed(Upstream.Decision.against(subject, "九江某贸易有限公司", day.minusDays(30)), UUID.randomUUID());
        return await().atMost(Duration.ofSeconds(30)).until(() -> ids(subject, "").stream().filter(id -> !before.contains(id)).findFirst()
                .orElse(null), Objects::nonNull);
    }

    /** the notice of the proposal reached its subject at noon China time on that day; its window is set */
    private void noticeDeliveredOn(String id, String subject, LocalDate day) {
        Instant at = day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        Upstream.noticeDelivered(id, subject, at);
        await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.request().get("/api/v1/listings/" + id).then().extract()
                .<String>path("objectionDue"), Objects::nonNull);
    }

    private LocalDate objectionDue(String id) {
        return LocalDate.parse(creditOfficer.request().get("/api/v1/listings/" + id).then().statusCode(200).extract().path("objectionDue"));
    }

    private List<String> ids(String subject, String sort) {
        return creditOfficer.request().get("/api/v1/listings?subjectId=" + subject + "&size=200" + sort).then().statusCode(200)
                .extract().path("items.id");
    }

    /**
     * Three proposals of one subject: the oldest's notice served last, the newest dismissed. The decision queue puts the
     * proposals not decided yet first by the end of their objection window, and the decided one after them, although its
     * window ended first.
     */
    @Test
    void listingsComeNewestOldestOrInTheOrderTheyFallDueForDecision() {
        String subject = Subjects.uscc();
        String oldest = proposedOn(LocalDate.of(2026, 5, 4), subject);
        String middle = proposedOn(LocalDate.of(2026, 5, 5), subject);
        String newest = proposedOn(LocalDate.of(2026, 5, 6), subject);
        clock.fixAt(LocalDate.of(2026, 5, 18));
        noticeDeliveredOn(newest, subject, LocalDate.of(2026, 5, 6));
        noticeDeliveredOn(middle, subject, LocalDate.of(2026, 5, 11));
        noticeDeliveredOn(oldest, subject, LocalDate.of(2026, 5, 18));
        assertThat(objectionDue(newest)).isBefore(objectionDue(middle));
        assertThat(objectionDue(middle)).isBefore(objectionDue(oldest));
        creditOfficer.act(newest, "dismiss", Map.of("reason", "当事人已履行，不予列入")).then().statusCode(200);

        assertThat(ids(subject, "")).containsExactly(newest, middle, oldest);
        assertThat(ids(subject, "&sort=NEWEST")).containsExactly(newest, middle, oldest);
        assertThat(ids(subject, "&sort=OLDEST")).containsExactly(oldest, middle, newest);
        assertThat(ids(subject, "&sort=DECISION_DUE")).containsExactly(middle, oldest, newest);

        // the next page keeps the sort
        String link = creditOfficer.request().get("/api/v1/listings?subjectId=" + subject + "&sort=DECISION_DUE&size=1").then()
                .statusCode(200).body("items.id", contains(middle)).extract().header("Link");
        String next = java.util.Arrays.stream(link.split(", ")).filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow()
                .replaceAll("^<(.*)>.*$", "$1");
        assertThat(next).contains("sort=DECISION_DUE");
        creditOfficer.request().get(next).then().statusCode(200).body("items.id", contains(oldest));
    }

    /** Two listings in force of one subject, the later proposal listed first: the blacklist orders them by the day they were listed. */
    @Test
    void theBlacklistComesMostRecentlyListedFirstOrEarliestFirst() {
        String subject = Subjects.uscc();
        String first = proposedOn(LocalDate.of(2026, 5, 4), subject);
        String second = proposedOn(LocalDate.of(2026, 5, 5), subject);
        clock.fixAt(LocalDate.of(2026, 5, 6));
        noticeDeliveredOn(first, subject, LocalDate.of(2026, 5, 6));
        noticeDeliveredOn(second, subject, LocalDate.of(2026, 5, 6));
        clock.fixAt(LocalDate.of(2026, 6, 1));
        watch.scan();
        creditOfficer.act(second, "list", Map.of("reason", "告知期满未提出陈述申辩，经审查予以列入")).then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 6, 2));
        creditOfficer.act(first, "list", Map.of("reason", "告知期满未提出陈述申辩，经审查予以列入")).then().statusCode(200);
        String listedFirst = creditOfficer.request().get("/api/v1/listings/" + second).then().extract().path("decisionNumber");
        String listedSecond = creditOfficer.request().get("/api/v1/listings/" + first).then().extract().path("decisionNumber");

        assertThat(blacklist(subject, "")).containsExactly(listedSecond, listedFirst);
        assertThat(blacklist(subject, "&sort=NEWEST")).containsExactly(listedSecond, listedFirst);
        assertThat(blacklist(subject, "&sort=OLDEST")).containsExactly(listedFirst, listedSecond);
    }

    private static List<String> blacklist(String subject, String sort) {
        return given().get("/api/v1/public/blacklist?q=" + subject + sort).then().statusCode(200).extract().path("items.decisionNumber");
    }

    @Test
    void anUnknownSortIsABadRequestNamingIt() {
        creditOfficer.request().get("/api/v1/listings?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort")).body("errors[0].message", containsString("DECISION_DUE"));
        given().get("/api/v1/public/blacklist?sort=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort")).body("errors[0].message", containsString("NEWEST, OLDEST"));
    }
}
