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

    private String proposedOn(LocalDate day, String subject) {
        clock.fixAt(day);
        lastDecision = Upstream.Decision.against(subject, "九江某贸易有限公司", day.minusDays(30));
        Upstream.decisionNotPerformed(lastDecision, java.util.UUID.randomUUID());
        return await().atMost(Duration.ofSeconds(30)).until(() -> creditOfficer.listingsOf(subject).then().extract().<String>path("items[0].id"),
                Objects::nonNull);
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
                "ipcase.credit.listing-proposed.v1", "ipcase.credit.objection-filed.v1", "ipcase.credit.proposal-closed.v1"));
        creditOfficer.request().get("/api/v1/listings/" + id + "/audit").then().body("intact", equalTo(true))
                .body("entries.action", contains("propose", "object", "dismiss"));
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
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.listing-decision-due.v1",
                "ipcase.credit.subject-listed.v1", "ipcase.credit.subject-delisted.v1"));
        assertThat(FEED.ofKey(subject).get(3).data()).contains("\"actor\":\"credit-officer-zhou\"").contains("\"decisionNumber\":\"九江市市场监督管理局信用决〔2026〕")
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
