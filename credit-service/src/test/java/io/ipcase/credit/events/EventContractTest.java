package io.ipcase.credit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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
import io.ipcase.infra.testing.EventContract;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/** What credit-service publishes keeps to the contract the credit platform reads with nothing else. */
@QuarkusTest
class EventContractTest {

    static final EventContract CONTRACT = EventContract.of("credit");

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> types = CONTRACT.types();
        assertThat(types).containsExactly("ipcase.credit.blacklist-entry.v1", "ipcase.credit.listing-decision-due.v1", "ipcase.credit.listing-proposed.v1",
                "ipcase.credit.notice-served.v1", "ipcase.credit.notice-undeliverable.v1", "ipcase.credit.objection-filed.v1", "ipcase.credit.proposal-closed.v1", "ipcase.credit.record-added.v1", "ipcase.credit.repair-applied.v1",
                "ipcase.credit.repair-refused.v1", "ipcase.credit.subject-delisted.v1", "ipcase.credit.subject-listed.v1");
        // every listing event the rules publish has its schema and example
        for (io.ipcase.credit.domain.ListingEvent event : io.ipcase.credit.domain.ListingEvent.values()) {
            assertThat(types).contains("ipcase.credit." + event.eventName() + ".v1");
        }
        for (String type : types) {
            assertThat(CONTRACT.violations(type, CONTRACT.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void everyPublishedEventAndSnapshotIsValid() {
        String subject = Subjects.uscc();
        String person = Subjects.residentId();
        clock.fixAt(LocalDate.of(2026, 6, 1));
        Upstream.Decision d = Upstream.Decision.against(subject, "九江契约测试有限公司", LocalDate.of(2026, 5, 1)).intentionalWithFine(200000);
        Upstream.decisionEffective(d);
        Upstream.decisionNotPerformed(d, UUID.randomUUID());
        Upstream.decisionNotPerformed(Upstream.Decision.against(person, "李四", LocalDate.of(2026, 5, 1)), UUID.randomUUID());
        String personal = await().atMost(Duration.ofSeconds(30)).until(() -> Api.creditOfficer().listingsOf(person).then().extract()
                .<String>path("items[0].id"), Objects::nonNull);
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.creditOfficer().listingsOf(subject).then().extract().<Integer>path("total"),
                n -> n == 2);
        // the person states its case before its notice is recorded as served; the subject's notice is delivered
        Api.officer().act(personal, "object", Map.of("statement", "已履行")).then().statusCode(200);
        Api.creditOfficer().act(personal, "dismiss", Map.of("reason", "已履行，不予列入")).then().statusCode(200);
        Api.deliverNotices(LocalDate.of(2026, 6, 1), subject);
        clock.fixAt(LocalDate.of(2026, 6, 10));
        watch.scan();
        Api.listWhatIsDue(subject);
        Upstream.decisionRevoked(d);

        TopicTap feed = TopicTap.of("ipcase.credit.events");
        // the person's statement and the credit officer's decision not to list, each with its event
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(feed.typesOf(person)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.objection-filed.v1",
                "ipcase.credit.proposal-closed.v1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(feed.typesOf(subject)).containsExactly(
                "ipcase.credit.record-added.v1", "ipcase.credit.listing-proposed.v1", "ipcase.credit.record-added.v1",
                "ipcase.credit.listing-proposed.v1", "ipcase.credit.notice-served.v1", "ipcase.credit.notice-served.v1",
                "ipcase.credit.listing-decision-due.v1", "ipcase.credit.listing-decision-due.v1",
                "ipcase.credit.subject-listed.v1", "ipcase.credit.subject-listed.v1",
                "ipcase.credit.subject-delisted.v1", "ipcase.credit.subject-delisted.v1"));
        for (TopicTap.Event event : feed.all()) {
            assertThat(CONTRACT.violations(event.type(), event.data())).as(event.type() + " " + event.data()).isEmpty();
            assertThat(event.headers()).containsKeys("ce_id", "ce_source", "ce_type", "ce_specversion", "ce_time");
        }
        TopicTap snapshot = TopicTap.of("ipcase.credit.blacklist");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshot.ofKey(subject)).isNotEmpty());
        for (TopicTap.Event event : snapshot.all()) {
            // a tombstone (no value) removes a subject; every entry is valid
            if (event.data() != null) {
                assertThat(CONTRACT.violations("ipcase.credit.blacklist-entry.v1", event.data())).as(event.data()).isEmpty();
            }
        }
    }
}
