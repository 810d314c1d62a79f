package io.ipcase.cases.cases;

import static io.ipcase.cases.support.Api.decision;
import static io.ipcase.cases.support.Api.reason;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.cases.deadlines.DeadlineWatch;
import io.ipcase.cases.support.Api;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** A case's whole life on both tracks, as officers, head and reviewer drive it, and as consumers see it on the topic. */
@QuarkusTest
class CaseLifeTest {

    @Inject
    IpcaseClock clock;
    @Inject
    DeadlineWatch deadlineWatch;

    final Api officer = Api.officer();
    final TopicTap topic = TopicTap.of("ipcase.case.events");

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void penaltyCaseIsFiledDecidedServedPublishedMaskedAndClosed() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = officer.registerCase(Api.penaltyCase());
        officer.get(id).then().statusCode(200)
                .body("state", equalTo("RECEIVED"))
                .body("acceptanceDue", equalTo("2026-03-23"))
                .body("allowedActions", contains("accept", "refuse", "withdraw"));

        officer.act(id, "accept").then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"))
                .body("caseNumber", matchesPattern("浔市监知罚〔2026〕\\d+号"))
                .body("filedOn", equalTo("2026-03-02"))
                .body("closingDue", equalTo("2026-06-01"));

        Map<String, Object> decision = Map.of("decision", Map.of("infringementFound", true, "intentional", true, "fine", 8000,
                "orders", "责令张三丰（身份证11010519491231002X，电话13800000000）立即停止销售侵权茶叶"));
        // the head decides a penalty
        officer.act(id, "issue-decision", decision).then().statusCode(403);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", decision).then().statusCode(200)
                .body("state", equalTo("DECIDED"))
                .body("decision.number", matchesPattern("浔市监知罚决〔2026〕\\d+号"))
                .body("decision.kind", equalTo("PENALTY"));

        officer.act(id, "serve", Map.of("servedOn", "2026-03-02")).then().statusCode(200)
                .body("state", equalTo("EFFECTIVE"))
                .body("decision.effectiveOn", equalTo("2026-03-02"))
                .body("decision.paymentDue", equalTo("2026-03-17"))
                .body("deadline.clock", equalTo("PAYMENT"));

        String caseNumber = officer.get(id).path("caseNumber");
        given().get("/api/v1/public/penalty-decisions?region=360400").then().statusCode(200)
                .body("items.caseNumber", hasItem(caseNumber))
                .body("items.respondents.flatten().name", hasItem("张**"))
                .body("items.respondents.flatten().name", not(hasItem("张三丰")))
                .body("items.respondents.flatten().identifier", not(hasItem(Api.RESIDENT_ID)))
                .body("items.respondents.flatten().identifier", hasItem(Api.USCC))
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.orders", equalTo("责令张**（身份证110*************2X，电话138******00）立即停止销售侵权茶叶"))
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.facts", equalTo(null));

        // 15 days to pay, then a demand with its 10 days (ending on Saturday 28 March, so on Monday 30), then refusal
        officer.act(id, "record-non-performance", reason("拒不缴纳罚款")).then().statusCode(422).body("rule", equalTo("demand-required"));
        officer.act(id, "demand-performance").then().statusCode(422).body("rule", equalTo("payment-period-running"));
        clock.fixAt(LocalDate.of(2026, 3, 18));
        officer.act(id, "demand-performance").then().statusCode(200)
                .body("state", equalTo("EFFECTIVE"))
                .body("decision.demandedOn", equalTo("2026-03-18"))
                .body("decision.demandDue", equalTo("2026-03-30"))
                .body("deadline.clock", equalTo("DEMAND"));
        clock.fixAt(LocalDate.of(2026, 3, 30));
        officer.act(id, "record-non-performance", reason("拒不缴纳罚款")).then().statusCode(422).body("rule", equalTo("demand-period-running"));
        clock.fixAt(LocalDate.of(2026, 3, 31));
        officer.act(id, "record-non-performance", reason("拒不缴纳罚款")).then().statusCode(200)
                .body("state", equalTo("NOT_PERFORMED"));
        // 14 days after the payment period: 3 % of 8,000 a day
        officer.get(id).then().body("lateSurcharge", equalTo(3360.00f));
        officer.act(id, "close", Map.of("closedReason", "ENFORCEMENT_APPLIED")).then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("allowedActions", contains("revoke-decision"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).containsExactly(
                "ipcase.case.received.v1", "ipcase.case.accepted.v1", "ipcase.case.filed.v1", "ipcase.case.penalty-notified.v1",
                "ipcase.case.decision-issued.v1", "ipcase.case.decision-served.v1", "ipcase.case.decision-effective.v1",
                "ipcase.case.decision-published.v1", "ipcase.case.performance-demanded.v1", "ipcase.case.decision-not-performed.v1", "ipcase.case.closed.v1"));
        TopicTap.Event filed = topic.ofKey(id).get(2);
        assertThat(filed.headers()).containsEntry("ce_specversion", "1.0").containsEntry("ce_source", "/ipcase/case-service")
                .containsEntry("content-type", "application/json").containsKeys("ce_id", "ce_time", "ce_subject");
        assertThat(filed.data()).contains("\"caseNumber\":\"浔市监知罚〔2026〕").contains(Api.USCC).contains("\"region\":\"360400\"");
        assertThat(topic.ofKey(id).stream().map(e -> e.headers().get("ce_id")).distinct()).hasSize(11);
    }

    @Test
    void rulingCaseGoesThroughMediationReviewServiceAppealWindowAndPerformance() {
        clock.fixAt(LocalDate.of(2026, 9, 21));
        String id = officer.registerCase(Api.rulingRequest());
        officer.get(id).then().body("acceptanceDue", equalTo("2026-09-29"));
        officer.act(id, "accept").then().statusCode(200).body("closingDue", equalTo("2026-12-21"));
        officer.act(id, "refer-to-mediation").then().statusCode(200).body("state", equalTo("IN_MEDIATION")).body("clockPaused",
                equalTo(true));

        clock.fixAt(LocalDate.of(2026, 10, 12));
        officer.act(id, "return-from-mediation", reason("调解不成")).then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"))
                // 21 days in mediation push the 3-month deadline from 12-21 to 2027-01-11
                .body("closingDue", equalTo("2027-01-11"))
                .body("pauses.size()", equalTo(1))
                .body("pauses[0].from", equalTo("2026-09-21")).body("pauses[0].to", equalTo("2026-10-12"))
                .body("pauses[0].reason", equalTo("MEDIATION"));

        officer.act(id, "submit-for-review", Map.of("reason", "拟认定侵权", "decision",
                Map.of("infringementFound", true, "orders", "停止制造、销售侵权产品"))).then().statusCode(200)
                .body("state", equalTo("LEGAL_REVIEW"));
        officer.act(id, "approve-review", reason("我审")).then().statusCode(403);
        Api.reviewer().act(id, "approve-review", reason("事实清楚，适用法律正确")).then().statusCode(200)
                .body("state", equalTo("REVIEW_APPROVED")).body("reviewedBy", equalTo("reviewer-zhao"));
        officer.act(id, "issue-decision").then().statusCode(200).body("state", equalTo("DECIDED"))
                .body("decision.kind", equalTo("RULING"));
        officer.act(id, "serve", Map.of("servedOn", "2026-10-12")).then().statusCode(200)
                .body("state", equalTo("SERVED")).body("decision.appealDeadline", equalTo("2026-10-27"));
        officer.act(id, "make-effective").then().statusCode(422).body("rule", equalTo("appeal-window-open"));

        clock.fixAt(LocalDate.of(2026, 10, 28));
        deadlineWatch.scan();
        officer.get(id).then().body("state", equalTo("EFFECTIVE")).body("decision.effectiveOn", equalTo("2026-10-28"));
        officer.act(id, "record-performance").then().statusCode(200).body("state", equalTo("PERFORMED"));
        officer.act(id, "close", Map.of("closedReason", "PERFORMED")).then().statusCode(200).body("state", equalTo("CLOSED"))
                .body("closedOn", notNullValue());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).containsExactly(
                "ipcase.case.received.v1", "ipcase.case.accepted.v1", "ipcase.case.filed.v1",
                "ipcase.case.referred-to-mediation.v1", "ipcase.case.returned-from-mediation.v1",
                "ipcase.case.submitted-for-review.v1", "ipcase.case.review-approved.v1", "ipcase.case.decision-issued.v1",
                "ipcase.case.decision-served.v1", "ipcase.case.decision-effective.v1", "ipcase.case.decision-performed.v1",
                "ipcase.case.closed.v1"));
        List<Long> offsets = topic.ofKey(id).stream().map(TopicTap.Event::offset).toList();
        assertThat(offsets).isSorted();
        assertThat(topic.ofKey(id).stream().map(TopicTap.Event::partition).distinct()).hasSize(1);
    }

    @Test
    void criminalTransferNeedsTheHeadAndResumesOnReturn() {
        clock.fixAt(LocalDate.of(2026, 4, 1));
        Map<String, Object> body = Api.penaltyCase();
        body.put("amountInvolved", 80000);
        String id = officer.registerCase(body);
        officer.get(id).then().body("transferFlagged", equalTo(true));
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "propose-transfer", reason("非法经营额8万元，涉嫌犯罪")).then().statusCode(200)
                .body("state", equalTo("TRANSFER_PROPOSED"));
        officer.act(id, "approve-transfer").then().statusCode(403);
        Api.head().act(id, "approve-transfer").then().statusCode(200).body("state", equalTo("TRANSFERRED_TO_POLICE"))
                .body("clockPaused", equalTo(true));
        clock.fixAt(LocalDate.of(2026, 4, 11));
        officer.act(id, "record-police-return", reason("公安机关决定不予立案")).then().statusCode(200)
                .body("state", equalTo("INVESTIGATING")).body("clockPaused", equalTo(false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).contains(
                "ipcase.case.transfer-proposed.v1", "ipcase.case.transferred-to-police.v1", "ipcase.case.returned-by-police.v1"));
    }

    /** The police open a criminal case: the administrative case closes as transferred, its clock stopped for good. */
    @Test
    void aCaseThePoliceAcceptClosesAsTransferred() {
        clock.fixAt(LocalDate.of(2026, 4, 1));
        Map<String, Object> body = Api.penaltyCase();
        body.put("amountInvolved", 80000);
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "propose-transfer", reason("非法经营额8万元，涉嫌犯罪")).then().statusCode(200);
        Api.head().act(id, "approve-transfer").then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.containsInAnyOrder("record-police-return", "record-police-acceptance"));
        officer.act(id, "record-police-acceptance").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        clock.fixAt(LocalDate.of(2026, 4, 20));
        officer.act(id, "record-police-acceptance", reason("浔公（经）立字〔2026〕15号立案决定书")).then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("closedReason", equalTo("TRANSFERRED")).body("closedOn", equalTo("2026-04-20"))
                .body("clockPaused", equalTo(false)).body("pauses[0].to", equalTo("2026-04-20")).body("allowedActions", equalTo(List.of()));
        officer.act(id, "close", Map.of("closedReason", "TRANSFERRED")).then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.transferred-to-police.v1", "ipcase.case.closed.v1"));
    }

    /**
     * A party sues over a ruling within its 15 days: the ruling is not enforced while the court has it —
     * the window's end does not make it effective, non-performance cannot be recorded — until the court upholds it.
     */
    @Test
    void aRulingSuedOverWaitsForTheCourt() {
        clock.fixAt(LocalDate.of(2026, 9, 21));
        String id = officer.registerCase(Api.rulingRequest());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "submit-for-review", Map.of("reason", "拟认定侵权", "decision", Map.of("infringementFound", true, "orders", "停止侵权")))
                .then().statusCode(200);
        Api.reviewer().act(id, "approve-review", reason("同意")).then().statusCode(200);
        officer.act(id, "issue-decision").then().statusCode(200);
        String lastDay = officer.act(id, "serve", Map.of("servedOn", "2026-09-21")).then().statusCode(200).extract().path("decision.appealDeadline");
        // on the window's last day
        clock.fixAt(LocalDate.parse(lastDay));
        officer.act(id, "record-lawsuit").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        officer.act(id, "record-lawsuit", reason("被请求人向九江市中级人民法院提起行政诉讼")).then().statusCode(200)
                .body("state", equalTo("UNDER_LITIGATION"))
                .body("allowedActions", org.hamcrest.Matchers.containsInAnyOrder("record-ruling-upheld", "record-ruling-overturned"));
        clock.fixAt(LocalDate.of(2026, 11, 20));
        deadlineWatch.scan();
        officer.get(id).then().body("state", equalTo("UNDER_LITIGATION"));
        officer.act(id, "record-non-performance", reason("拒不履行")).then().statusCode(409);
        officer.act(id, "record-ruling-upheld", reason("（2026）赣04行初88号判决驳回诉讼请求")).then().statusCode(200)
                .body("state", equalTo("EFFECTIVE")).body("decision.effectiveOn", equalTo("2026-11-20"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(topic.typesOf(id)).endsWith(
                "ipcase.case.decision-served.v1", "ipcase.case.lawsuit-filed.v1", "ipcase.case.decision-effective.v1"));
    }
}
