package io.ipcase.credit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.infra.testing.TopicTap;
import io.quarkus.test.junit.QuarkusTest;

/** Facts from case and mediation events become records, and the rules open proposals once per set of facts. */
@QuarkusTest
class RecordsAndProposalsTest {

    static final TopicTap FEED = TopicTap.of("ipcase.credit.events");
    final Api officer = Api.creditOfficer();

    @Test
    void aRefusalToPerformDeliveredTwiceOpensOneProposal() {
        String subject = Subjects.uscc();
        Upstream.Decision d = Upstream.Decision.against(subject, "九江某贸易有限公司", LocalDate.of(2026, 5, 11));
        UUID eventId = UUID.randomUUID();
        Upstream.decisionNotPerformed(d, eventId);
        Upstream.decisionNotPerformed(d, eventId);
        // the same facts reported again under a new event id open nothing new either
        Upstream.decisionNotPerformed(d, UUID.randomUUID());
        // the revocation follows on the same partition: once it has removed the proposal, all three were consumed
        Upstream.decisionRevoked(d);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(subject).then().statusCode(200)
                .body("items.state", contains("REVOKED")));
        officer.listingsOf(subject).then().body("total", equalTo(1)).body("items[0].rule", equalTo("REFUSAL_TO_PERFORM"))
                .body("items[0].basisDecisionNumber", equalTo(d.number()))
                .body("items[0].legalBasis", org.hamcrest.Matchers.startsWith("《知识产权信用管理规定》第六条"))
                .body("items[0].removalReason", equalTo("revoked"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.proposal-closed.v1"));
        Api.platform().request().get("/api/v1/subjects/" + subject).then().statusCode(200)
                .body("records.kind", contains("REFUSAL_TO_PERFORM")).body("records[0].revokedOn", org.hamcrest.Matchers.notNullValue());
    }

    /** What credit-service publishes from a case event joins the trace the event came with (its traceparent). */
    @Test
    void theEventsAConsumedEventCausesCarryOnItsTrace() {
        String subject = Subjects.uscc();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Upstream.decisionNotPerformedInTrace(Upstream.Decision.against(subject, "九江追踪有限公司", LocalDate.of(2026, 5, 11)),
                "00-" + traceId + "-00f067aa0ba902b7-01");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.ofKey(subject)).hasSize(2)
                .allSatisfy(event -> assertThat(event.headers().get("traceparent")).as(event.type())
                        .matches("00-" + traceId + "-(?!00f067aa0ba902b7)[0-9a-f]{16}-01")));
    }

    /** A foreign national is recorded and proposed under the country and passport number (docs/domain.md, "Identifiers"). */
    @Test
    void aForeignNationalIsRecordedUnderCountryAndPassportNumber() {
        String subject = "GBR:E" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        Upstream.Decision d = Upstream.Decision.against(subject, "John Smith", LocalDate.of(2026, 5, 11));
        Upstream.decisionNotPerformed(d, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(subject).then().statusCode(200)
                .body("items[0].subjectKind", equalTo("INDIVIDUAL")).body("items[0].rule", equalTo("REFUSAL_TO_PERFORM")));
        Api.platform().request().get("/api/v1/subjects/" + subject).then().statusCode(200).body("records.kind", contains("REFUSAL_TO_PERFORM"));
        Api.platform().request().get("/api/v1/subjects/CHN:E12345678").then().statusCode(400).body("errors[0].field", equalTo("subjectId"));
    }

    /** Of two respondents only one refused: only that one is recorded and proposed (docs/domain.md, "Service of a decision"). */
    @Test
    void aRefusalRecordedAgainstOneRespondentConcernsThatOneOnly() {
        String performed = Subjects.uscc();
        String refused = Subjects.uscc();
        Upstream.Decision d = Upstream.Decision.against(performed, "九江守约有限公司", LocalDate.of(2026, 5, 11));
        Upstream.decisionNotPerformedBy(d, refused, "九江失约有限公司", refused);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(refused).then().statusCode(200)
                .body("items.rule", contains("REFUSAL_TO_PERFORM")));
        officer.listingsOf(performed).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aSecondInfringementWithinFiveYearsToTheDayIsARepeatAndOneDayMoreIsNot() {
        String within = Subjects.uscc();
        String beyond = Subjects.uscc();
        Upstream.decisionEffective(Upstream.Decision.against(within, "九江甲公司", LocalDate.of(2021, 3, 10)));
        Upstream.decisionEffective(Upstream.Decision.against(beyond, "九江乙公司", LocalDate.of(2021, 3, 10)));
        Upstream.Decision again = Upstream.Decision.against(within, "九江甲公司", LocalDate.of(2026, 3, 10));
        Upstream.Decision tooLate = Upstream.Decision.against(beyond, "九江乙公司", LocalDate.of(2026, 3, 11));
        Upstream.decisionEffective(again);
        Upstream.decisionEffective(tooLate);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(within).then()
                .body("items.rule", contains("REPEAT_INFRINGEMENT")).body("items[0].basis", org.hamcrest.Matchers.hasSize(2)));
        // both records of the later subject are in: had a proposal been opened, it would be in the same transaction as the second
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(beyond))
                .containsExactly("ipcase.credit.record-added.v1", "ipcase.credit.record-added.v1"));
        officer.listingsOf(beyond).then().body("total", equalTo(0));
    }

    /**
     * Only penalties for the same right count as a repeat: a utility-model ruling and a trademark penalty do not; two
     * trademark penalties do, even when the later one is reported first.
     */
    @Test
    void aRepeatIsTwoPenaltiesForTheSameRightWhateverOrderTheyArriveIn() {
        String mixed = Subjects.uscc();
        String reversed = Subjects.uscc();
        Upstream.decisionEffective(Upstream.Decision.against(mixed, "九江戊公司", LocalDate.of(2024, 1, 15)).about("PATENT_UTILITY_MODEL", "RULING"));
        Upstream.decisionEffective(Upstream.Decision.against(mixed, "九江戊公司", LocalDate.of(2026, 3, 10)));
        // the later penalty first, the earlier one after it
        Upstream.decisionEffective(Upstream.Decision.against(reversed, "九江己公司", LocalDate.of(2026, 3, 10)));
        Upstream.decisionEffective(Upstream.Decision.against(reversed, "九江己公司", LocalDate.of(2024, 1, 15)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(reversed).then()
                .body("items.rule", contains("REPEAT_INFRINGEMENT")).body("items[0].basis", org.hamcrest.Matchers.hasSize(2))
                .body("items[0].basis.effectiveOn", org.hamcrest.Matchers.containsInAnyOrder("2024-01-15", "2026-03-10")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(mixed))
                .containsExactly("ipcase.credit.record-added.v1", "ipcase.credit.record-added.v1"));
        officer.listingsOf(mixed).then().body("total", equalTo(0));
    }

    /**
     * A refusal recorded before the demand's period ran out is not recorded and proposes nothing; one recorded after it is
     * (the case event carries each respondent's periods).
     */
    @Test
    void aRefusalIsRecordedOnlyAfterTheDemandsPeriod() {
        String early = Subjects.uscc();
        String due = Subjects.uscc();
        Upstream.Decision tooEarly = Upstream.Decision.against(early, "九江辛公司", LocalDate.of(2026, 5, 1));
        Upstream.decisionNotPerformedAfterDemand(tooEarly, LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 27));
        Upstream.Decision inTime = Upstream.Decision.against(due, "九江壬公司", LocalDate.of(2026, 5, 1));
        Upstream.decisionNotPerformedAfterDemand(inTime, LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28));
        // the early decision's effect reported behind it on its partition: once that is recorded, the refusal was consumed
        Upstream.decisionEffective(tooEarly);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(due).then()
                .body("items.rule", contains("REFUSAL_TO_PERFORM")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(early)).contains("ipcase.credit.record-added.v1"));
        Api.platform().request().get("/api/v1/subjects/" + early).then().statusCode(200).body("records.kind", contains("ESTABLISHED_INFRINGEMENT"));
        officer.listingsOf(early).then().body("total", equalTo(0));
    }

    /** A decision re-issued after its revocation is a new fact, even under the revoked decision's number. */
    @Test
    void aDecisionReissuedUnderTheRevokedNumberIsRecordedAndProposedAgain() {
        String subject = Subjects.uscc();
        Upstream.Decision first = Upstream.Decision.against(subject, "九江庚公司", LocalDate.of(2026, 3, 10));
        Upstream.decisionNotPerformed(first, UUID.randomUUID());
        Upstream.decisionRevoked(first);
        Upstream.decisionNotPerformed(first.reissued(LocalDate.of(2026, 7, 1)), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(subject).then()
                .body("items.state", org.hamcrest.Matchers.containsInAnyOrder("REVOKED", "PROPOSED")));
        officer.listingsOf(subject).then().body("items.basisDecisionNumber", org.hamcrest.Matchers.everyItem(equalTo(first.number())));
        Api.platform().request().get("/api/v1/subjects/" + subject).then().statusCode(200)
                .body("records.kind", contains("REFUSAL_TO_PERFORM", "REFUSAL_TO_PERFORM"));
    }

    @Test
    void intentionalInfringementWithAHeavyFineIsProposedAndALightOneIsNot() {
        String heavy = Subjects.uscc();
        String light = Subjects.uscc();
        Upstream.decisionEffective(Upstream.Decision.against(heavy, "九江丙公司", LocalDate.of(2026, 5, 20)).intentionalWithFine(150000));
        Upstream.decisionEffective(Upstream.Decision.against(light, "九江丁公司", LocalDate.of(2026, 5, 20)).intentionalWithFine(99999));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> officer.listingsOf(heavy).then()
                .body("items.rule", contains("INTENTIONAL_HEAVY")).body("items[0].state", equalTo("PROPOSED"))
                .body("items[0].authority", equalTo("九江市市场监督管理局")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(light))
                .containsExactly("ipcase.credit.record-added.v1"));
        officer.listingsOf(light).then().body("total", equalTo(0));
    }

    @Test
    void aConfirmedAgreementNotPerformedIsRecordedButNotProposedWhileTheRuleIsOff() {
        String subject = Subjects.uscc();
        Upstream.confirmedAgreementNotPerformed(UUID.randomUUID(), subject, "九江戊公司");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FEED.typesOf(subject))
                .containsExactly("ipcase.credit.record-added.v1"));
        Api.platform().request().get("/api/v1/subjects/" + subject).then().body("records.kind", contains("MEDIATION_NOT_PERFORMED"))
                .body("listings", org.hamcrest.Matchers.hasSize(0));
    }
}
