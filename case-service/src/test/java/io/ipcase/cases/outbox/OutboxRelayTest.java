package io.ipcase.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.ipcase.infra.testing.TopicTap;
import io.ipcase.infra.TestServers;
import io.ipcase.kit.messaging.KafkaClientSettings;
import io.ipcase.kit.outbox.Outbox;
import io.ipcase.kit.outbox.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The transactional outbox under real conditions: competing relays (several replicas), rolled-back
 * transactions and a broker outage. Events go to a test topic so they do not mix with case events.
 * Crashes, zombies and aborted batches: {@link OutboxOnceOnlyTest}.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    DataSource dataSource;
    @Inject
    KafkaClientSettings kafka;

    void record(String topic, String key, int sequence) {
        QuarkusTransaction.requiringNew().run(() -> outbox.record(topic, key, "ipcase.test.numbered.v1", null, Map.of("n", sequence)));
    }

    static int sequence(TopicTap.Event event) {
        return Integer.parseInt(event.data().replaceAll("\\D", ""));
    }

    /**
     * The records as a consumer got them, without the tap's own re-reads: a tap commits no offsets,
     * so after the broker restarts it reads its topic again from the beginning (same partition and
     * offset). A record published twice has two offsets and stays twice.
     */
    static List<TopicTap.Event> withoutRereads(List<TopicTap.Event> events) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return events.stream().filter(e -> seen.add(e.partition() + "@" + e.offset())).toList();
    }

    @Test
    void competingRelaysKeepEachKeysOrderAndPublishEachEventOnce() throws Exception {
        String topic = "ipcase.test.outbox-order";
        TopicTap tap = TopicTap.of(topic);
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            keys.add(UUID.randomUUID().toString());
        }
        // two more replicas' relays on the same database, draining as fast as they can
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> replicas = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            // the same transactional ids as this service's own relay: each takes a lane over by fencing the last one
            OutboxRelay replica = new OutboxRelay(dataSource, new SimpleMeterRegistry(), kafka, "case-service", true, 8, 20,
                    Duration.ofMillis(50), Duration.ofDays(7), 4);
            replicas.add(pool.submit(() -> {
                try {
                    while (running.get()) {
                        replica.drainAllLanes();
                    }
                } finally {
                    replica.close();
                }
                return null;
            }));
        }
        int perKey = 40;
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            List<String> mine = keys.subList(w * 4, w * 4 + 4);
            writers.add(pool.submit(() -> {
                for (int n = 1; n <= perKey; n++) {
                    for (String key : mine) {
                        record(topic, key, n);
                    }
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String key : keys) {
                assertThat(tap.ofKey(key)).hasSize(perKey);
            }
        });
        running.set(false);
        for (Future<?> replica : replicas) {
            replica.get();
        }
        pool.shutdown();
        for (String key : keys) {
            List<Integer> sequence = tap.ofKey(key).stream().map(OutboxRelayTest::sequence).toList();
            assertThat(sequence).as("order of key " + key).isSorted().doesNotHaveDuplicates().hasSize(perKey);
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String topic = "ipcase.test.outbox-rollback";
        TopicTap tap = TopicTap.of(topic);
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(topic, key, "ipcase.test.numbered.v1", null, Map.of("n", 1));
            throw new IllegalStateException("the business change failed");
        })).hasMessageContaining("business change failed");
        record(topic, key, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> tap.ofKey(key).size() == 1);
        assertThat(tap.ofKey(key)).extracting(OutboxRelayTest::sequence).containsExactly(2);
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArePublishedOnceItIsBack() throws Exception {
        TestServers servers = TestServers.get();
        Assumptions.assumeTrue(servers.kafkaRestartable(), "needs the broker in this JVM");
        String topic = "ipcase.test.outbox-outage";
        TopicTap tap = TopicTap.of(topic);
        String key = UUID.randomUUID().toString();
        record(topic, key, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> tap.ofKey(key).size() == 1);

        servers.stopKafka();
        try {
            for (int n = 2; n <= 6; n++) {
                record(topic, key, n);
            }
            // committed, waiting in the outbox: nothing can be acknowledged while the broker is down
            assertThat(unsent(key)).isEqualTo(5);
        } finally {
            servers.startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> withoutRereads(tap.ofKey(key)).size() >= 6);
        await().atMost(Duration.ofSeconds(90)).until(() -> unsent(key) == 0);
        record(topic, key, 7);
        await().atMost(Duration.ofSeconds(30)).until(() -> withoutRereads(tap.ofKey(key)).size() >= 7);
        // once each, in order: a transaction cut off by the outage was aborted, which a read_committed consumer never sees
        assertThat(withoutRereads(tap.ofKey(key))).extracting(OutboxRelayTest::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    long unsent(String key) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from outbox_event where message_key = ? and sent_at is null")) {
            count.setString(1, key);
            var result = count.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}
