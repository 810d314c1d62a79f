package io.ipcase.cases.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** With a fixed clock: warnings before a deadline and the overdue report, each sent once. */
@QuarkusTest
class DeadlineWatchTest {

    @Inject
    IpcaseClock clock;
    @Inject
    DeadlineWatch watch;

    final Api officer = Api.officer();
    final TopicTap topic = TopicTap.of("ipcase.case.events");

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void acceptanceDeadlineAcrossSpringFestivalWarnsOnceAndReportsOverdueOnce() {
        // received Thursday 2026-02-12; the 5 working days skip the festival (2/15–2/23) and count the make-up Saturday 2/14
        clock.fixAt(LocalDate.of(2026, 2, 12));
        String id = officer.registerCase(Api.rulingRequest());
        officer.get(id).then().body("acceptanceDue", org.hamcrest.Matchers.equalTo("2026-02-26"));

        clock.fixAt(LocalDate.of(2026, 2, 19));
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 2, 23));
        watch.scan();
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 2, 26));
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 2, 27));
        watch.scan();
        watch.scan();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).containsExactly(
                "ipcase.case.received.v1", "ipcase.case.deadline-approaching.v1", "ipcase.case.overdue.v1"));
        assertThat(topic.ofKey(id).get(2).data()).contains("\"clock\":\"ACCEPTANCE\"").contains("\"dueOn\":\"2026-02-26\"")
                .contains("\"daysLeft\":-1");
    }

    @Test
    void aPausedClockIsNotReportedAndTheDeadlineMovesByThePause() {
        clock.fixAt(LocalDate.of(2026, 1, 5));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200).body("closingDue", org.hamcrest.Matchers.equalTo("2026-04-07"));
        officer.act(id, "suspend", Api.reason("专利无效宣告审查中")).then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 4, 20));
        watch.scan();
        officer.act(id, "resume").then().statusCode(200)
                // 105 days suspended: 2026-04-05 + 105 = 2026-07-19 (Sunday) → Monday 2026-07-20
                .body("closingDue", org.hamcrest.Matchers.equalTo("2026-07-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).contains("ipcase.case.resumed.v1"));
        assertThat(topic.typesOf(id)).doesNotContain("ipcase.case.overdue.v1", "ipcase.case.deadline-approaching.v1");
    }

    /** a penalty case whose amount involved may be a crime, accepted today: one the officers may propose to transfer */
    private String acceptedCaseAboveTheCriminalThreshold() {
        java.util.Map<String, Object> body = Api.penaltyCase();
        body.put("amountInvolved", 90000);
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        return id;
    }

    @Test
    void theHeadsTransferDecisionIsWatchedAcrossQingming() {
        clock.fixAt(LocalDate.of(2026, 4, 1));
        String id = acceptedCaseAboveTheCriminalThreshold();
        officer.act(id, "propose-transfer", Api.reason("涉嫌销售假冒注册商标的商品罪")).then().statusCode(200);
        // 3 days from 4/1 is Saturday 4/4, inside the Qingming holiday (4/4–4/6): due Tuesday 4/7
        clock.fixAt(LocalDate.of(2026, 4, 5));
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 4, 6));
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 4, 8));
        watch.scan();
        watch.scan();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.transfer-proposed.v1", "ipcase.case.deadline-approaching.v1", "ipcase.case.overdue.v1"));
        assertThat(topic.ofKey(id).get(topic.ofKey(id).size() - 1).data()).contains("\"clock\":\"TRANSFER_DECISION\"")
                .contains("\"dueOn\":\"2026-04-07\"");
    }

    /** Scans that find a case quiet skip it until its next day; on that day it is warned, and reported after its due date. */
    @Test
    void aCaseFoundQuietIsWarnedOnItsDayAndReportedOverdue() {
        clock.fixAt(LocalDate.of(2026, 1, 5));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200).body("closingDue", org.hamcrest.Matchers.equalTo("2026-04-07"));
        for (LocalDate quiet : java.util.List.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 4, 1))) {
            clock.fixAt(quiet);
            watch.scan();
        }
        clock.fixAt(LocalDate.of(2026, 4, 2));
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 4, 8));
        watch.scan();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.filed.v1", "ipcase.case.deadline-approaching.v1", "ipcase.case.overdue.v1"));
        assertThat(topic.ofKey(id).get(topic.ofKey(id).size() - 2).data()).contains("\"clock\":\"CLOSING\"").contains("\"dueOn\":\"2026-04-07\"")
                .contains("\"daysLeft\":5");
    }

    /** A command after a quiet scan can bring a deadline nearer: the watch follows the changed case, not its earlier reading. */
    @Test
    void aNearerDeadlineSetAfterAQuietScanIsWatched() {
        clock.fixAt(LocalDate.of(2026, 4, 1));
        String id = acceptedCaseAboveTheCriminalThreshold();
        // quiet until the closing warning in July
        watch.scan();
        officer.act(id, "propose-transfer", Api.reason("涉嫌销售假冒注册商标的商品罪")).then().statusCode(200);
        // due Tuesday 4/7 (after Qingming), warned on its last day before: quiet on 4/5, warned on 4/6, overdue on 4/8
        for (int day : new int[] { 5, 6, 8 }) {
            clock.fixAt(LocalDate.of(2026, 4, day));
            watch.scan();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.transfer-proposed.v1", "ipcase.case.deadline-approaching.v1", "ipcase.case.overdue.v1"));
        assertThat(topic.ofKey(id).get(topic.ofKey(id).size() - 1).data()).contains("\"clock\":\"TRANSFER_DECISION\"")
                .contains("\"dueOn\":\"2026-04-07\"");
    }

    @Test
    void aPenaltyDecisionLeftUnservedMissesItsDisclosureDeadline() {
        clock.fixAt(LocalDate.of(2026, 6, 1));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 4000)).then().statusCode(200);
        // 20 working days from 6/1, skipping the Dragon Boat holiday (6/19): 6/30
        clock.fixAt(LocalDate.of(2026, 7, 1));
        watch.scan();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.decision-issued.v1", "ipcase.case.overdue.v1"));
        assertThat(topic.ofKey(id).get(topic.ofKey(id).size() - 1).data()).contains("\"clock\":\"DISCLOSURE\"")
                .contains("\"dueOn\":\"2026-06-30\"");
    }

    /**
     * A fine served on Wednesday 2026-09-16 is payable until 1 October, National Day, so until Thursday 8 October:
     * warned of 5 days before, reported overdue the day after, once each; the demand's own 10 days are watched next.
     */
    @Test
    void aFinesPaymentPeriodAndTheDemandAfterItAreWatched() {
        clock.fixAt(LocalDate.of(2026, 9, 14));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 4000)).then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 9, 16));
        officer.act(id, "serve").then().statusCode(200).body("decision.paymentDue", org.hamcrest.Matchers.equalTo("2026-10-08"));
        clock.fixAt(LocalDate.of(2026, 10, 3));
        watch.scan();
        watch.scan();
        clock.fixAt(LocalDate.of(2026, 10, 9));
        watch.scan();
        officer.act(id, "demand-performance").then().statusCode(200).body("decision.demandDue", org.hamcrest.Matchers.equalTo("2026-10-19"));
        clock.fixAt(LocalDate.of(2026, 10, 20));
        watch.scan();
        watch.scan();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith("ipcase.case.decision-published.v1",
                "ipcase.case.deadline-approaching.v1", "ipcase.case.overdue.v1", "ipcase.case.performance-demanded.v1", "ipcase.case.overdue.v1"));
        var events = topic.ofKey(id);
        assertThat(events.get(events.size() - 4).data()).contains("\"clock\":\"PAYMENT\"").contains("\"dueOn\":\"2026-10-08\"");
        assertThat(events.get(events.size() - 1).data()).contains("\"clock\":\"DEMAND\"").contains("\"dueOn\":\"2026-10-19\"")
                .contains("\"demandDue\":\"2026-10-19\"");
    }

    /**
     * 2027's arrangement is not published (the table ends with 2026): a lead received Saturday
     * 2026-12-19 has 15 working days to its check, New Year's Day 2027 not among them — due
     * Monday 2027-01-11, shown and sent as provisional. A date counted inside 2026 is not.
     */
    @Test
    void aDueDateInAYearWithoutTheArrangementSkipsTheLawsHolidaysAndIsProvisional() {
        clock.fixAt(LocalDate.of(2026, 12, 19));
        Api penalty = Api.officer();
        String id = penalty.registerCase(Api.penaltyCase());
        penalty.get(id).then().body("acceptanceDue", org.hamcrest.Matchers.equalTo("2027-01-11"))
                .body("deadline.provisional", org.hamcrest.Matchers.equalTo(true));
        penalty.act(id, "accept").then().statusCode(200).body("closingDue", org.hamcrest.Matchers.equalTo("2027-03-19"))
                .body("deadline.clock", org.hamcrest.Matchers.equalTo("CLOSING")).body("deadline.provisional", org.hamcrest.Matchers.equalTo(true));
        // an assertion, not orElseThrow: Awaitility retries only on AssertionError, and the event may not be read yet
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.ofKey(id))
                .filteredOn(e -> e.type().equals("ipcase.case.filed.v1")).singleElement()
                .satisfies(e -> assertThat(e.data()).contains("\"closingDueProvisional\":true")));

        clock.fixAt(LocalDate.of(2026, 3, 2));
        String inside = penalty.registerCase(Api.penaltyCase());
        penalty.get(inside).then().body("deadline.provisional", org.hamcrest.Matchers.equalTo(false));
    }
}
