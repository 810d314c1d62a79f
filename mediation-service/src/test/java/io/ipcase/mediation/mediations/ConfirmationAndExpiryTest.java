package io.ipcase.mediation.mediations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.ipcase.mediation.expiry.ExpiryWatch;
import io.ipcase.mediation.support.Agreements;
import io.ipcase.mediation.support.Api;
import io.ipcase.mediation.support.Registry;
import io.quarkus.test.junit.QuarkusTest;

/** With a fixed clock: the 30-day window for judicial confirmation, the court's periods, and expiry of the time limit. */
@QuarkusTest
class ConfirmationAndExpiryTest {

    @Inject
    IpcaseClock clock;
    @Inject
    io.ipcase.mediation.expiry.CourtPeriodWatch courtWatch;
    @Inject
    ExpiryWatch watch;

    // the court of 新余, where agreedOn puts its disputes
    final Api court = Api.as("court", "court-xy-01", "360500");

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void theJointApplicationIsAcceptedOnDay30AndRefusedOnDay31() {
        // the agreement takes effect Monday 2026-03-02; day 30 is Wednesday 2026-04-01, a working day
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String onDay30 = agreedOn(LocalDate.of(2026, 3, 2));
        String onDay31 = agreedOn(LocalDate.of(2026, 3, 2));

        clock.fixAt(LocalDate.of(2026, 4, 1));
        mediatorOf(onDay30).act(onDay30, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then()
                .statusCode(200).body("state", equalTo("CONFIRMATION_REQUESTED"))
                // the court has 3 days to accept: 2026-04-04 is in the Qingming holiday (4/4–4/6), so Tuesday 2026-04-07
                .body("confirmation.acceptanceDue", equalTo("2026-04-07"));

        clock.fixAt(LocalDate.of(2026, 4, 2));
        long version = Api.admin().get(onDay31).then().extract().<Integer>path("version");
        mediatorOf(onDay31).act(onDay31, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then()
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("confirmation-window-passed"));
        Api.admin().get(onDay31).then().body("state", equalTo("AGREEMENT_REACHED")).body("version", equalTo((int) version));

        // the court accepts on 2026-04-02: 15 days to decide, +10 once with approval
        court.act(onDay30, "accept-confirmation", Map.of("courtCaseNumber", "(2026)赣0402民特21号")).then().statusCode(200)
                .body("confirmation.decisionDue", equalTo("2026-04-17"));
        court.act(onDay30, "extend-confirmation", Api.reason("经院长批准延长十日")).then().statusCode(200)
                .body("confirmation.decisionDue", equalTo("2026-04-27"));
        court.act(onDay30, "extend-confirmation", Api.reason("再次延长")).then().statusCode(422).body("rule", equalTo("extended-once"));
        court.act(onDay30, "reject-confirmation", Api.reason("协议内容违反法律强制性规定")).then().statusCode(200)
                .body("state", equalTo("CONFIRMATION_REJECTED"));
    }

    /**
     * The court's periods are watched: the day before acceptance is due (2026-04-07, after Qingming) the court and the
     * mediator are told, once however often the watch runs; once the decision period has passed, again.
     */
    @Test
    void theCourtsPeriodsAreWatched() {
        clock.fixAt(LocalDate.of(2026, 3, 2));
        String id = agreedOn(LocalDate.of(2026, 3, 2));
        clock.fixAt(LocalDate.of(2026, 4, 1));
        mediatorOf(id).act(id, "request-confirmation", Map.of("court", "九江市濂溪区人民法院", "jointApplication", true)).then().statusCode(200);
        clock.fixAt(LocalDate.of(2026, 4, 3));
        courtWatch.scan();
        assertThat(watchEntries(id)).isEmpty();
        clock.fixAt(LocalDate.of(2026, 4, 6));
        courtWatch.scan();
        courtWatch.scan();
        assertThat(watchEntries(id)).containsExactly("court-deadline-approaching");
        court.act(id, "accept-confirmation", Map.of("courtCaseNumber", "(2026)赣0402民特22号")).then().statusCode(200)
                .body("confirmation.decisionDue", equalTo("2026-04-21"));
        clock.fixAt(LocalDate.of(2026, 4, 22));
        courtWatch.scan();
        assertThat(watchEntries(id)).containsExactly("court-deadline-approaching", "court-deadline-overdue");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicTap.of("ipcase.mediation.events").typesOf(id))
                .containsSubsequence("ipcase.mediation.court-deadline-approaching.v1", "ipcase.mediation.confirmation-accepted.v1",
                        "ipcase.mediation.court-deadline-overdue.v1"));
    }

    /** what the court-period watch wrote in the mediation's audit trail */
    private static java.util.List<String> watchEntries(String id) {
        java.util.List<String> actions = Api.admin().request().get("/api/v1/mediations/" + id + "/audit").then().statusCode(200).extract()
                .path("entries.findAll { it.actor == 'system:court-period-watch' }.action");
        return actions;
    }

    /**
     * One month from Tuesday 2026-09-01 ends on 1 October, National Day, so the mediation is due Thursday 8 October; the
     * extension runs on from the period's own end, as one period of two months (1 November, a Sunday → Monday 2 November),
     * not a month from 8 October (docs/domain.md, "Extensions").
     */
    @Test
    void anExtensionCountsFromThePeriodsOwnEndNotFromTheDayAHolidayMovedItTo() {
        clock.fixAt(LocalDate.of(2026, 9, 1));
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360484");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360484")).post("/api/v1/mediations").then()
                .statusCode(201).body("dueOn", equalTo("2026-10-08")).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api.mediator(mediatorId).act(id, "extend", Map.of("partiesConsent", true)).then().statusCode(200).body("dueOn", equalTo("2026-11-02"));
    }

    @Test
    void aMediationPastItsTimeLimitExpiresOnceAndAnExtensionNeedsBothPartiesConsent() {
        // people's mediation: 1 month from Monday 2026-03-02 → Thursday 2026-04-02
        clock.fixAt(LocalDate.of(2026, 3, 2));
        Registry.Organisation organisation = Registry.organisation("PEOPLES", "360484");
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), "360484")).post("/api/v1/mediations").then()
                .statusCode(201).body("dueOn", equalTo("2026-04-02")).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api mediator = Api.mediator(mediatorId);

        mediator.act(id, "extend", Map.of("partiesConsent", false)).then().statusCode(422).body("rule", equalTo("consent-required"));
        // one month more from 2026-04-02 is 2026-05-02, inside the Labour Day holiday (5/1–5/5): Wednesday 2026-05-06
        mediator.act(id, "extend", Map.of("partiesConsent", true)).then().statusCode(200).body("dueOn", equalTo("2026-05-06"))
                .body("extended", equalTo(true));
        mediator.act(id, "extend", Map.of("partiesConsent", true)).then().statusCode(422).body("rule", equalTo("extended-once"));

        clock.fixAt(LocalDate.of(2026, 5, 6));
        watch.scan();
        Api.admin().get(id).then().body("state", equalTo("ASSIGNED"));
        clock.fixAt(LocalDate.of(2026, 5, 7));
        watch.scan();
        watch.scan();
        Api.admin().get(id).then().body("state", equalTo("EXPIRED")).body("reason", equalTo("the time limit ended on 2026-05-06"));
        mediator.act(id, "fail", Api.reason("too late")).then().statusCode(409).body("allowedActions", org.hamcrest.Matchers.hasSize(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicTap.of("ipcase.mediation.events").typesOf(id))
                .containsExactly("ipcase.mediation.opened.v1", "ipcase.mediation.mediator-assigned.v1", "ipcase.mediation.extended.v1",
                        "ipcase.mediation.expired.v1"));
    }

    /** a direct intake in its own county, mediated to an agreement signed on the given day (the clock is at or after it) */
    private String agreedOn(LocalDate signed) {
        // a county of its own prefecture (新余, 3605xx), so no other test's mediators are suggested here
        String region = "3605" + (10 + (int) (Math.random() * 80));
        Registry.Organisation organisation = Registry.organisation("PEOPLES", region);
        String mediatorId = Registry.mediator(organisation, "陈敏", "PATENT_UTILITY_MODEL");
        String id = organisation.admin().request().body(Api.dispute(organisation.id(), region)).post("/api/v1/mediations").then()
                .statusCode(201).extract().path("id");
        organisation.admin().act(id, "assign", Map.of("mediatorId", mediatorId)).then().statusCode(200);
        Api mediator = Api.mediator(mediatorId);
        mediator.act(id, "schedule-session", Map.of("session", Map.of("scheduledAt", clock.now().toString(), "mode", "ON_SITE",
                "place", "第一调解室"))).then().statusCode(200);
        mediator.act(id, "record-session", Map.of("sessionSeq", 1, "minutes", "达成一致", "heldAt", clock.now().toString())).then()
                .statusCode(200);
        mediator.act(id, "reach-agreement", Map.of("agreement", Agreements.agreement(signed.toString(), signed.toString()))).then()
                .statusCode(200).body("agreementEffectiveOn", equalTo(signed.toString()));
        return id;
    }

    private static Api mediatorOf(String id) {
        return Api.mediator(Api.admin().get(id).then().extract().path("mediator.id"));
    }
}
