package io.ipcase.cases.cases;

import static io.ipcase.cases.support.Api.reason;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

import org.junit.jupiter.api.Test;

import io.ipcase.cases.support.Api;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** Illegal transitions through the API: 409 with the current state and the allowed actions, and nothing changes. */
@QuarkusTest
class TransitionRulesTest {

    final Api officer = Api.officer();

    @Test
    void anActionNotAllowedNowIs409WithTheAllowedActions() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "issue-decision", Api.decision(true, 100)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("RECEIVED"))
                .body("allowedActions", contains("accept", "refuse", "withdraw"));
        officer.get(id).then().body("state", equalTo("RECEIVED")).body("version", equalTo(0));
    }

    @Test
    void penaltyCasesCannotBeMediated() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "refer-to-mediation").then().statusCode(409).body("allowedActions", not(hasItem("refer-to-mediation")));
    }

    @Test
    void aRefusedCaseIsFinal() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "refuse", reason("不属于本部门管辖")).then().statusCode(200).body("state", equalTo("REFUSED"))
                .body("caseNumber", equalTo(null));
        for (String action : new String[] { "accept", "withdraw", "close", "reopen" }) {
            officer.act(id, action, Map.of("reason", "x", "closedReason", "OTHER")).then().statusCode(409)
                    .body("currentState", equalTo("REFUSED"));
        }
    }

    @Test
    void aMajorDecisionNeedsLegalReview() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().act(id, "issue-decision", Api.decision(true, 150000)).then().statusCode(422)
                .body("rule", equalTo("legal-review-required"));
        officer.get(id).then().body("state", equalTo("INVESTIGATING")).body("decision", equalTo(null));
    }

    @Inject
    IpcaseClock clock;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void anEffectiveDecisionThatFoundInfringementIsNotClosedBeforePerformance() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200);
        officer.act(id, "serve").then().statusCode(200).body("state", equalTo("EFFECTIVE"))
                // published the day it took effect; due 20 working days after the decision
                .body("publication.publishedOn", equalTo("2026-03-02")).body("publication.dueOn", equalTo("2026-03-30"))
                .body("publication.withdrawnOn", equalTo(null));
        officer.act(id, "close", Map.of("closedReason", "PERFORMED")).then().statusCode(422);
        clock.fixAt(LocalDate.of(2026, 5, 4));
        officer.act(id, "revoke-decision", reason("复议决定撤销")).then().statusCode(200).body("state", equalTo("DECISION_REVOKED"))
                .body("publication.withdrawnOn", equalTo("2026-05-04"));
        officer.act(id, "reopen", reason("重新调查")).then().statusCode(200).body("state", equalTo("INVESTIGATING"))
                .body("decision", equalTo(null))
                // a new 90-day term from the reopening: 2026-08-02 is a Sunday
                .body("closingDue", equalTo("2026-08-03"));
    }

    @Test
    void suspensionPausesTheClockAndAnExtensionNeedsTheHead() {
        clock.fixAt(LocalDate.of(2026, 6, 1));
        String id = officer.registerCase(Api.penaltyCase());
        // 90 days from 6/1 is Sunday 8/30: due Monday 8/31
        officer.act(id, "accept").then().statusCode(200).body("closingDue", equalTo("2026-08-31"));
        clock.fixAt(LocalDate.of(2026, 6, 10));
        officer.act(id, "suspend", reason("等待鉴定")).then().statusCode(200).body("clockPaused", equalTo(true));
        officer.act(id, "suspend", reason("again")).then().statusCode(409).body("currentState", equalTo("SUSPENDED"));
        clock.fixAt(LocalDate.of(2026, 6, 20));
        // 10 days suspended: 8/30 + 10 = Wednesday 9/9
        officer.act(id, "resume").then().statusCode(200).body("clockPaused", equalTo(false)).body("closingDue", equalTo("2026-09-09"));

        officer.request().body(Map.of("reason", "案情复杂")).post("/api/v1/cases/" + id + "/extension-request").then()
                .statusCode(200).body("pendingExtensionRequest", equalTo("案情复杂"));
        officer.request().body(Map.of("approved", true)).post("/api/v1/cases/" + id + "/extension-decision").then().statusCode(403);
        // 90 + 30 days from 6/1 = 9/29, plus the 10 paused days = Friday 10/9 (after National Day)
        Api.head().request().body(Map.of("approved", true, "reason", "同意延长30日")).post("/api/v1/cases/" + id + "/extension-decision")
                .then().statusCode(200).body("extensionCount", equalTo(1)).body("closingDue", equalTo("2026-10-09"));
        // past the head's one extension the heads' collective discussion decides, and sets the days (程序规定 Art. 64)
        officer.request().body(Map.of("reason", "案情特别复杂")).post("/api/v1/cases/" + id + "/extension-request").then().statusCode(200);
        Api.head().request().body(Map.of("approved", true)).post("/api/v1/cases/" + id + "/extension-decision").then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
        // 90 + 30 + 60 days from 6/1 plus the 10 paused days: Tuesday 12/8
        Api.head().request().body(Map.of("approved", true, "reason", "经集体讨论决定继续延期60日", "days", 60))
                .post("/api/v1/cases/" + id + "/extension-decision").then().statusCode(200)
                .body("extensionCount", equalTo(1)).body("collectiveExtensionDays", equalTo(60)).body("closingDue", equalTo("2026-12-08"));
    }

    /**
     * 行政处罚告知: served Monday 2026-03-02, the party may state its case for 3 working days (to Thursday 3/5) and ask for a
     * hearing for 5 (to Monday 3/9): the head issues the decision from Tuesday 3/10 on; a notice is served after the
     * investigation, never before filing.
     */
    @Test
    void aPenaltyIsDecidedAfterItsNoticeAndThePartysPeriods() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = officer.registerCase(Api.penaltyCase());
        officer.request().body(Map.of()).post("/api/v1/cases/" + id + "/penalty-notice").then().statusCode(409);
        officer.act(id, "accept").then().statusCode(200);
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(422).body("rule", equalTo("notice-required"));
        officer.request().body(Map.of()).post("/api/v1/cases/" + id + "/penalty-notice").then().statusCode(200)
                .body("notice.servedOn", equalTo("2026-03-02")).body("notice.statementDue", equalTo("2026-03-05"))
                .body("notice.hearingRequestDue", equalTo("2026-03-09")).body("notice.waived", equalTo(false));
        clock.fixAt(LocalDate.of(2026, 3, 9));
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(422).body("rule", equalTo("statement-period-running"));
        clock.fixAt(LocalDate.of(2026, 3, 10));
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200).body("state", equalTo("DECIDED"));
    }

    /**
     * 行政处罚法 Art. 64: the party asks for a hearing on day 4 of its 5; the case waits for the hearing with its clock paused
     * (HEARING), and the decision follows once the officer resumes it after the hearing.
     */
    @Test
    void aHearingAskedForPausesTheCaseUntilItIsHeld() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "record-hearing-request").then().statusCode(422).body("rule", equalTo("notice-required"));
        officer.request().body(Map.of()).post("/api/v1/cases/" + id + "/penalty-notice").then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 3, 6));
        officer.act(id, "record-hearing-request", Map.of("reason", "当事人书面要求听证")).then().statusCode(200)
                .body("state", equalTo("SUSPENDED")).body("clockPaused", equalTo(true))
                .body("pauses[-1].reason", equalTo("HEARING"));
        clock.fixAt(LocalDate.of(2026, 3, 20));
        officer.act(id, "resume", Map.of("reason", "听证已举行")).then().statusCode(200).body("state", equalTo("INVESTIGATING"))
                .body("pauses[-1].to", equalTo("2026-03-20"));
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200).body("state", equalTo("DECIDED"));
    }

    /** The lead check of a penalty case: 15 working days from receipt, once 15 more with the head's approval (程序规定 Art. 18). */
    @Test
    void theHeadExtendsALeadCheckOnce() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = officer.registerCase(Api.penaltyCase());
        officer.get(id).then().body("acceptanceDue", equalTo("2026-03-23"));
        officer.request().body(Map.of("reason", "线索需进一步核查")).post("/api/v1/cases/" + id + "/extension-request").then().statusCode(200)
                .body("state", equalTo("RECEIVED"));
        // 30 working days from 3/2, Qingming (4/4–4/6) not among them: Tuesday 4/14
        Api.head().request().body(Map.of("approved", true)).post("/api/v1/cases/" + id + "/extension-decision").then().statusCode(200)
                .body("leadCheckExtended", equalTo(true)).body("acceptanceDue", equalTo("2026-04-14"));
        officer.request().body(Map.of("reason", "再延")).post("/api/v1/cases/" + id + "/extension-request").then().statusCode(422)
                .body("rule", equalTo("extension-limit"));
        String ruling = officer.registerCase(Api.rulingRequest());
        officer.request().body(Map.of("reason", "需核查")).post("/api/v1/cases/" + ruling + "/extension-request").then().statusCode(422)
                .body("rule", equalTo("no-lead-check-extension"));
    }

    @Test
    void aRevokedDecisionCannotBeRevokedAgain() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200);
        officer.act(id, "revoke-decision", reason("撤销")).then().statusCode(200);
        officer.act(id, "close", Map.of("closedReason", "DECISION_REVOKED")).then().statusCode(200);
        String other = officer.registerCase(Api.penaltyCase());
        officer.act(other, "accept").then().statusCode(200);
        Api.head().noticeWaived(other);
        Api.head().act(other, "issue-decision", Api.decision(true, 500)).then().statusCode(200);
        officer.act(other, "serve").then().statusCode(200);
        officer.act(other, "record-performance").then().statusCode(200);
        officer.act(other, "close", Map.of("closedReason", "MEDIATED")).then().statusCode(422).body("rule", equalTo("closed-reason-does-not-fit"));
        officer.act(other, "close", Map.of("closedReason", "ENFORCEMENT_APPLIED")).then().statusCode(422);
        officer.act(other, "close", Map.of("closedReason", "PERFORMED")).then().statusCode(200);
        officer.act(id, "revoke-decision", reason("再撤销")).then().statusCode(409).body("allowedActions", equalTo(java.util.List.of()));
    }

    @Test
    void badQueryValuesAre400NamingTheParameter() {
        officer.request().get("/api/v1/cases?state=FOO").then().statusCode(400).body("errors[0].field", equalTo("state"));
        officer.request().get("/api/v1/cases?page=99999999").then().statusCode(400).body("errors[0].field", equalTo("page"));
        officer.request().get("/api/v1/statistics?from=2026-13-01").then().statusCode(400).body("errors[0].field", equalTo("from"));
        io.restassured.RestAssured.given().get("/api/v1/public/penalty-decisions?page=21474837&size=100").then().statusCode(400);
        Api.as("officer", "bad-claim", "9999").request().get("/api/v1/cases").then().statusCode(403);
    }

    /** 简易程序: at most 200 yuan for a citizen; an on-the-spot decision takes effect on service and is not published. */
    @Test
    void aSimplifiedCaseIsCappedAndItsDecisionIsNotPublished() {
        Map<String, Object> body = Api.penaltyCase();
        body.put("procedure", "SIMPLIFIED");
        body.put("respondents", java.util.List.of(Api.individual("李四")));
        String id = officer.registerCase(body);
        officer.act(id, "accept").then().statusCode(200);
        officer.act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(422).body("rule", equalTo("simplified-procedure-limits"));
        officer.get(id).then().body("state", equalTo("INVESTIGATING")).body("decision", equalTo(null));
        officer.act(id, "issue-decision", Api.decision(true, 200)).then().statusCode(200).body("state", equalTo("DECIDED"));
        officer.act(id, "serve").then().statusCode(200).body("state", equalTo("EFFECTIVE")).body("publication", equalTo(null));
    }

    /** A fine under the line with a large confiscation is still major: it goes to legal review first. */
    @Test
    @SuppressWarnings("unchecked")
    void aLargeConfiscationMakesADecisionMajor() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Map<String, Object> decision = new java.util.HashMap<>((Map<String, Object>) Api.decision(true, 99999).get("decision"));
        decision.put("confiscatedGain", 800000);
        Api.head().act(id, "issue-decision", Map.of("decision", decision)).then().statusCode(422).body("rule", equalTo("legal-review-required"));
        Map<String, Object> licence = new java.util.HashMap<>((Map<String, Object>) Api.decision(true, 500).get("decision"));
        licence.put("revokesLicence", true);
        Api.head().act(id, "issue-decision", Map.of("decision", licence)).then().statusCode(422).body("rule", equalTo("legal-review-required"));
        officer.act(id, "submit-for-review", Map.of("reason", "没收违法所得数额较大", "decision", decision)).then().statusCode(200)
                .body("state", equalTo("LEGAL_REVIEW")).body("decision.major", equalTo(true)).body("decision.confiscatedGain", equalTo(800000));
    }

    /** A decision issued again after its revocation is a new document: a new number. */
    @Test
    void aReissuedDecisionHasANewNumber() {
        String id = officer.registerCase(Api.penaltyCase());
        officer.act(id, "accept").then().statusCode(200);
        Api.head().noticeWaived(id);
        String first = Api.head().act(id, "issue-decision", Api.decision(true, 500)).then().statusCode(200).extract().path("decision.number");
        officer.act(id, "revoke-decision", reason("复议决定撤销")).then().statusCode(200);
        officer.act(id, "reopen", reason("重新调查")).then().statusCode(200);
        Api.head().noticeWaived(id);
        String second = Api.head().act(id, "issue-decision", Api.decision(true, 800)).then().statusCode(200).extract().path("decision.number");
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first).matches("浔市监知罚决〔\\d{4}〕\\d+号");
    }
}
