package io.ipcase.credit.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.credit.support.Api;
import io.ipcase.credit.support.Subjects;
import io.ipcase.credit.support.Upstream;
import io.ipcase.credit.watch.ListingWatch;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The credit platform rebuilds the blacklist from the snapshot topic alone, with a plain Kafka consumer; a subject taken
 * off the list leaves the topic (a tombstone).
 */
@QuarkusTest
class BlacklistRebuildTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IpcaseClock clock;
    @Inject
    ListingWatch watch;

    @AfterEach
    void realTime() {
        clock.useSystemClock();
    }

    @Test
    void theLatestEntryPerSubjectIsTheBlacklist() throws Exception {
        String stays = Subjects.uscc();
        String leaves = Subjects.uscc();
        clock.fixAt(LocalDate.of(2026, 6, 1));
        Upstream.Decision leaving = Upstream.Decision.against(leaves, "九江将被撤销公司", LocalDate.of(2026, 5, 1));
        Upstream.decisionNotPerformed(Upstream.Decision.against(stays, "九江仍在名单公司", LocalDate.of(2026, 5, 1)), UUID.randomUUID());
        Upstream.decisionNotPerformed(leaving, UUID.randomUUID());
        for (String subject : List.of(stays, leaves)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Api.creditOfficer().listingsOf(subject).then().extract()
                    .<String>path("items[0].id"), Objects::nonNull);
        }
        // the window runs from the notice's service: delivered the day it was proposed
        Api.deliverNotices(LocalDate.of(2026, 6, 1), stays, leaves);
        clock.fixAt(LocalDate.of(2026, 6, 10));
        watch.scan();
        Api.listWhatIsDue(stays, leaves);
        Upstream.decisionRevoked(leaving);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.creditOfficer().listingsOf(leaves).then()
                .body("items[0].state", org.hamcrest.Matchers.equalTo("REVOKED")));

        // what a platform reading only the topic from its beginning ends up with
        TopicTap snapshot = TopicTap.of("ipcase.credit.blacklist");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // a record without a value (a tombstone) is the subject's removal
            Map<String, JsonNode> latest = new HashMap<>();
            for (TopicTap.Event e : snapshot.all()) {
                if (e.data() == null) {
                    latest.remove(e.key());
                } else {
                    latest.put(e.key(), JSON.readTree(e.data()));
                }
            }
            assertThat(latest.keySet()).contains(stays).doesNotContain(leaves).isEqualTo(serviceList());
            assertThat(latest.values()).allSatisfy(entry -> assertThat(entry.path("listed").asBoolean()).isTrue());
            // the removal itself: the last record of the subject that left has no value, so compaction drops its name
            assertThat(snapshot.ofKey(leaves)).last().satisfies(e -> {
                assertThat(e.data()).isNull();
                assertThat(e.headers()).containsEntry("ce_type", "ipcase.credit.blacklist-entry.v1").containsKey("ce_id");
            });
        });
    }

    @Test
    void theSnapshotTopicIsCompactedSoItKeepsEverySubjectsLatestEntry() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                io.ipcase.infra.TestServers.get().kafkaBootstrapServers()))) {
            var topic = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC,
                    "ipcase.credit.blacklist");
            String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value();
            assertThat(policy).isEqualTo("compact");
        }
    }

    /** the subjects the service itself has on the list, every page */
    private static Set<String> serviceList() {
        Set<String> listed = new HashSet<>();
        for (String state : List.of("LISTED", "REPAIR_REQUESTED")) {
            int page = 0;
            while (true) {
                List<String> ids = Api.platform().request().queryParam("state", state).queryParam("size", 200).queryParam("page", page)
                        .get("/api/v1/listings").then().statusCode(200).extract().path("items.subjectId");
                listed.addAll(ids);
                if (ids.size() < 200) {
                    break;
                }
                page++;
            }
        }
        return listed;
    }
}
