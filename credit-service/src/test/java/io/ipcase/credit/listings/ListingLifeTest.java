package io.ipcase.credit.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.credit.watch.ListingWatch;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** With a fixed clock: objection and decision, the window's end, three years on the list, credit repair, revocation. */
@QuarkusTest
class ListingLifeTest {

    static final TopicTap FEED = TopicTap.of("ipcase.credit.events");

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    final Api creditOfficer = Api.creditOfficer();
    final Api officer = Api.officer();

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    /** a refusal to perform reported on the given day: the proposal's id */
    private Upstream.Decision lastDecision;

    /** proposed on that day, its notice not yet delivered */
    private String proposedAwaitingDelivery(LocalDate day, String subject) {
        clock.fixAt(day);
        lastDecision = Upstream.Decision.against(subject, "九江某贸易有限公司", day.minusDays(30));
        Upstream.decisionNotPerformed(lastDecision, java.util.UUID.randomUUID());
        return await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.listingsOf(subject).then().extract().<String>path("items[0].id"),
                Objects::nonNull);
    }

    /** proposed on that day, and its notice delivered to the subject the same day */
    private String proposedOn(LocalDate day, String subject) {
        String id = proposedAwaitingDelivery(day, subject);
        Api.deliverNotices(day, subject);
        return id;
    }

    /**
     * The window runs from the day the notice reached the subject in China time, not from the proposal (docs/domain.md,
     * "The notice and the objection window"): until it is delivered the proposal waits, however long; a delivery at
     * 23:59:59 China time is that day's.
     */
    @Test
    void theWindowRunsFromTheDayTheNoticeReachedTheSubject() {
        String subject = Subjects.uscc();
        String id = proposedAwaitingDelivery(LocalDate.of(2026, 5, 20), subject);
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED")).body("objectionDue", equalTo(null))
                .body("noticeStatus", equalTo("AWAITING_DELIVERY")).body("allowedActions", contains("object", "dismiss"));

        // weeks on, not delivered yet: the watch leaves it alone, and nobody decides on it but to dismiss it
        clock.fixAt(LocalDate.of(2026, 6, 30));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED"));
        creditOfficer.act(id, "list", Map.of("reason", "x")).then().statusCode(409);

        // received at 23:59:59 China time on Tuesday 30 June: five working days to Tuesday 7 July
        java.util.UUID delivery = Upstream.noticeDelivered(id, subject, java.time.Instant.parse("2026-06-30T15:59:59Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> creditOfficer.request().get("/api/v1/listings/" + id).then()
                .body("objectionDue", equalTo("2026-07-07")).body("noticeServedOn", equalTo("2026-06-30")).body("noticeStatus", equalTo("DELIVERED")));
        // the same report again, and another delivery of the same notice, change nothing
        Upstream.noticeDelivered(delivery, id, subject, java.time.Instant.parse("2026-07-02T02:00:00Z"));
        Upstream.noticeDelivered(id, subject, java.time.Instant.parse("2026-07-02T02:00:00Z"));

        clock.fixAt(LocalDate.of(2026, 7, 7));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED")).body("objectionDue", equalTo("2026-07-07"));
        clock.fixAt(LocalDate.of(2026, 7, 8));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("AWAITING_DECISION"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.notice-served.v1",
                "ipcase.credit.listing-decision-due.v1"));
        assertThat(FEED.ofKey(subject).get(1).data()).doesNotContain("objectionDue");
        assertThat(FEED.ofKey(subject).get(2).data()).contains("\"noticeServedOn\":\"2026-06-30\"").contains("\"noticeServedBy\":\"DELIVERY\"")
                .contains("\"objectionDue\":\"2026-07-07\"").contains("\"actor\":\"system:notification-service\"").contains("\"howToObject\":");
        creditOfficer.request().get("/api/v1/listings/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries.action", contains("propose", "serve-notice", "close-window"));
    }

    /**
     * A subject the notice cannot reach is told by public announcement (公告): an officer records it, and the window runs
     * from the end of the 30-day announcement period (docs/domain.md, "The notice and the objection window").
     */
    @Test
    void aSubjectTheNoticeCannotReachIsToldByAnnouncement() {
        String subject = Subjects.uscc();
        String id = proposedAwaitingDelivery(LocalDate.of(2026, 5, 29), subject);
        clock.fixAt(LocalDate.of(2026, 6, 1));
        // no announcement while the notice may still be delivered
        officer.act(id, "announce", Map.of("reason", "九江市市场监督管理局网站公告", "announcedOn", "2026-06-01")).then().statusCode(422)
                .body("rule", equalTo("notice-not-undeliverable"));

        Upstream.noticeUndeliverable(id, subject);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> creditOfficer.request().get("/api/v1/listings/" + id).then()
                .body("noticeStatus", equalTo("UNDELIVERABLE")).body("allowedActions", contains("object", "dismiss", "announce")));
        officer.act(id, "announce", Map.of("reason", "九江市市场监督管理局网站公告", "announcedOn", "2026-06-02")).then().statusCode(400)
                .body("errors.field", hasItems("announcedOn"));
        officer.act(id, "announce", Map.of("announcedOn", "2026-06-01")).then().statusCode(400).body("errors.field", hasItems("reason"));
        Api.as("officer", "officer-he", "360700").act(id, "announce", Map.of("reason", "公告", "announcedOn", "2026-06-01")).then().statusCode(403);
        // published on Monday 1 June: served 30 days on, Wednesday 1 July; five working days to Wednesday 8 July
        officer.act(id, "announce", Map.of("reason", "九江市市场监督管理局网站公告", "announcedOn", "2026-06-01")).then().statusCode(200)
                .body("noticeStatus", equalTo("ANNOUNCED")).body("announcedOn", equalTo("2026-06-01")).body("noticeServedOn", equalTo("2026-07-01"))
                .body("objectionDue", equalTo("2026-07-08")).body("allowedActions", contains("object", "dismiss"));
        officer.act(id, "announce", Map.of("reason", "again", "announcedOn", "2026-06-01")).then().statusCode(422)
                .body("rule", equalTo("notice-served-already"));
        // a delivery reported after the announcement changes nothing
        Upstream.noticeDelivered(id, subject, java.time.Instant.parse("2026-06-03T02:00:00Z"));

        clock.fixAt(LocalDate.of(2026, 7, 8));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED")).body("objectionDue", equalTo("2026-07-08"));
        clock.fixAt(LocalDate.of(2026, 7, 9));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("AWAITING_DECISION"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.notice-undeliverable.v1",
                "ipcase.credit.notice-served.v1", "ipcase.credit.listing-decision-due.v1"));
        assertThat(FEED.ofKey(subject).get(2).data()).contains("\"noticeUndeliverableOn\":\"2026-06-01\"").doesNotContain("objectionDue");
        assertThat(FEED.ofKey(subject).get(3).data()).contains("\"noticeServedBy\":\"ANNOUNCEMENT\"").contains("\"announcedOn\":\"2026-06-01\"")
                .contains("\"actor\":\"officer-li\"");
        creditOfficer.request().get("/api/v1/listings/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries.action", contains("propose", "notice-undeliverable", "announce", "close-window"));
    }

    @Test
    void anObjectionIsHeardAndTheProposalDismissed() {
        String subject = Subjects.uscc();
        // proposed Wednesday 2026-05-20: 5 working days → Wednesday 2026-05-27
        String id = proposedOn(LocalDate.of(2026, 5, 20), subject);
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED"))
                .body("objectionDue", equalTo("2026-05-27")).body("allowedActions", contains("object", "dismiss"));

        clock.fixAt(LocalDate.of(2026, 5, 27));
        officer.act(id, "object", Map.of()).then().statusCode(400).body("errors.field", hasItems("statement"));
        creditOfficer.act(id, "object", Map.of("statement", "x")).then().statusCode(403);
        officer.act(id, "object", Map.of("statement", "罚款已于5月25日缴清，附缴款凭证")).then().statusCode(200)
                .body("state", equalTo("OBJECTED")).body("objectedOn", equalTo("2026-05-27"));
        officer.act(id, "dismiss", Map.of("reason", "x")).then().statusCode(403);
        creditOfficer.act(id, "dismiss", Map.of()).then().statusCode(400).body("errors.field", hasItems("reason"));
        creditOfficer.act(id, "dismiss", Map.of("reason", "经核实当事人已履行完毕，不予列入")).then().statusCode(200)
                .body("state", equalTo("DISMISSED")).body("removalReason", equalTo("dismissed-on-review"))
                .body("decisionNumber", org.hamcrest.Matchers.startsWith("九江市市场监督管理局信用决〔2026〕"));

        // a proposal dismissed is told apart from a subject taken off the list by its event
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).endsWith(
                "ipcase.credit.listing-proposed.v1", "ipcase.credit.notice-served.v1", "ipcase.credit.objection-filed.v1",
                "ipcase.credit.proposal-closed.v1"));
        creditOfficer.request().get("/api/v1/listings/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries.action", contains("propose", "serve-notice", "object", "dismiss"));
    }

    /**
     * Without objection the proposal goes to the credit officers when the window ends: the calendar never lists, a credit
     * officer decides (docs/domain.md, "Dishonesty list"); the listing comes off by itself after three years.
     */
    @Test
    void withoutObjectionACreditOfficerDecidesWhenTheWindowEndsAndTheListingComesOffAfterThreeYears() {
        String subject = Subjects.uscc();
        String id = proposedOn(LocalDate.of(2026, 5, 20), subject);
        clock.fixAt(LocalDate.of(2026, 5, 27));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("PROPOSED"));
        // inside the window the subject may still object: nobody decides yet
        creditOfficer.act(id, "list", Map.of("reason", "x")).then().statusCode(409).body("allowedActions", contains("object", "dismiss"));

        clock.fixAt(LocalDate.of(2026, 5, 28));
        // the window has passed: a late objection is refused and changes nothing
        officer.act(id, "object", Map.of("statement", "逾期提交的申辩")).then().statusCode(422)
                .body("rule", equalTo("objection-window-passed"));
        watch.scan();
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("AWAITING_DECISION"))
                .body("allowedActions", contains("list", "dismiss")).body("listedOn", equalTo(null));
        Api.platform().request().get("/api/v1/credit-checks/" + subject).then().statusCode(200).body("listed", equalTo(false));
        officer.act(id, "list", Map.of("reason", "x")).then().statusCode(403);
        creditOfficer.act(id, "list", Map.of()).then().statusCode(400).body("errors.field", hasItems("reason"));
        creditOfficer.act(id, "list", Map.of("reason", "告知期满未提出陈述申辩，有履行能力而拒不履行")).then().statusCode(200)
                .body("state", equalTo("LISTED")).body("listedOn", equalTo("2026-05-28")).body("endsOn", equalTo("2029-05-28"))
                .body("decisionReason", equalTo("告知期满未提出陈述申辩，有履行能力而拒不履行"));
        Api.platform().request().get("/api/v1/credit-checks/" + subject).then().statusCode(200).body("listed", equalTo(true));

        clock.fixAt(LocalDate.of(2029, 5, 27));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("LISTED"));
        clock.fixAt(LocalDate.of(2029, 5, 28));
        watch.scan();
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("EXPIRED"))
                .body("removalReason", equalTo("expired")).body("removedOn", equalTo("2029-05-28"));
        Api.platform().request().get("/api/v1/credit-checks/" + subject).then().body("listed", equalTo(false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.notice-served.v1",
                "ipcase.credit.listing-decision-due.v1", "ipcase.credit.subject-listed.v1", "ipcase.credit.subject-delisted.v1"));
        assertThat(FEED.ofKey(subject).get(4).data()).contains("\"actor\":\"credit-officer-zhou\"").contains("\"decisionNumber\":\"九江市市场监督管理局信用决〔2026〕")
                .contains("\"howToObject\":").contains("\"legalBasis\":");
    }

    @Test
    void creditRepairIsRefusedBeforeAYearAndGrantedAfter() {
        String subject = Subjects.uscc();
        String id = proposedOn(LocalDate.of(2026, 1, 5), subject);
        clock.fixAt(LocalDate.of(2026, 1, 14));
        watch.scan();
        Api.listWhatIsDue(subject);
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("LISTED")).body("listedOn", equalTo("2026-01-14"));

        clock.fixAt(LocalDate.of(2027, 1, 13));
        officer.act(id, "apply-for-repair", Map.of("statement", "已履行全部义务")).then().statusCode(422)
                .body("rule", equalTo("repair-too-early"));
        // the conditions against the record: a year not yet behind it, the fine not yet paid
        creditOfficer.request().get("/api/v1/listings/" + id).then()
                .body("repairConditions.find { it.condition == 'LISTED_LONG_ENOUGH' }.met", equalTo(false))
                .body("repairConditions.find { it.condition == 'OBLIGATIONS_PERFORMED' }.met", equalTo(false))
                .body("repairConditions.find { it.condition == 'NO_NEW_HEAVY_PENALTY' }.met", equalTo(true))
                .body("repairConditions.find { it.condition == 'CONDUCT_CORRECTED' }.met", equalTo(null));
        // case-service reports the fine paid: the record says so
        Upstream.decisionPerformed(lastDecision, LocalDate.of(2027, 1, 10));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> creditOfficer.request().get("/api/v1/listings/" + id).then()
                .body("repairConditions.find { it.condition == 'OBLIGATIONS_PERFORMED' }.met", equalTo(true)));
        clock.fixAt(LocalDate.of(2027, 1, 14));
        officer.act(id, "apply-for-repair", Map.of("statement", "已履行全部义务，消除不良影响，一年内无新的较重行政处罚")).then().statusCode(200)
                .body("state", equalTo("REPAIR_REQUESTED"));
        Api.platform().request().get("/api/v1/credit-checks/" + subject).then().body("listed", equalTo(true));
        creditOfficer.act(id, "grant-repair", Map.of("reason", "符合信用修复条件")).then().statusCode(200)
                .body("state", equalTo("REPAIRED")).body("removalReason", equalTo("repaired")).body("removedOn", equalTo("2027-01-14"));
        Api.platform().request().get("/api/v1/credit-checks/" + subject).then().body("listed", equalTo(false));
        creditOfficer.act(id, "grant-repair", Map.of("reason", "again")).then().statusCode(409).body("allowedActions", org.hamcrest.Matchers.hasSize(0));
        // the platform sees the application as well as the removal
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).endsWith(
                "ipcase.credit.subject-listed.v1", "ipcase.credit.repair-applied.v1", "ipcase.credit.subject-delisted.v1"));
        assertThat(FEED.ofKey(subject).get(FEED.ofKey(subject).size() - 2).data()).contains("\"repairAppliedOn\":\"2027-01-14\"");
    }

    @Test
    void aRevokedDecisionTakesTheSubjectOffTheListAtOnce() {
        String subject = Subjects.uscc();
        clock.fixAt(LocalDate.of(2026, 5, 20));
        Upstream.Decision d = Upstream.Decision.against(subject, "九江某贸易有限公司", LocalDate.of(2026, 4, 20));
        Upstream.decisionNotPerformed(d, java.util.UUID.randomUUID());
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.listingsOf(subject).then().extract()
                .<String>path("items[0].id"), Objects::nonNull);
        Api.deliverNotices(LocalDate.of(2026, 5, 20), subject);
        clock.fixAt(LocalDate.of(2026, 5, 28));
        watch.scan();
        Api.listWhatIsDue(subject);
        creditOfficer.request().get("/api/v1/listings/" + id).then().body("state", equalTo("LISTED"));

        clock.fixAt(LocalDate.of(2026, 9, 10));
        Upstream.decisionRevoked(d);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> creditOfficer.request().get("/api/v1/listings/" + id).then()
                .body("state", equalTo("REVOKED")).body("removalReason", equalTo("revoked")).body("removedOn", equalTo("2026-09-10")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).endsWith(
                "ipcase.credit.subject-listed.v1", "ipcase.credit.subject-delisted.v1"));
        assertThat(FEED.ofKey(subject).get(FEED.ofKey(subject).size() - 1).data()).contains("\"removalReason\":\"revoked\"")
                .contains("\"previousState\":\"LISTED\"");
    }
}
