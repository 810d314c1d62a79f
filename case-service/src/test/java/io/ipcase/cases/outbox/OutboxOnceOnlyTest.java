package io.ipcase.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ipcase.infra.TestServers;
import io.ipcase.infra.testing.TopicTap;
import io.ipcase.kit.messaging.KafkaClientSettings;
import io.ipcase.kit.outbox.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each outbox event reaches a {@code read_committed} consumer once, whatever fails between the
 * Kafka commit and the database's "sent" mark: a relay killed after the Kafka commit, a database
 * commit that fails after it, a relay that lost its lane but still publishes (a zombie), a batch the
 * broker refuses halfway.
 * <p>
 * Each test writes its rows straight into a lane of its own (far above this service's 8 lanes, so
 * the service's own relay never drains it) and drives relay instances of its own on that lane, as
 * the relay thread would. Every event of a test has one key, so one partition: once the last event
 * written is visible, anything published before it would be too.
 */
@QuarkusTest
class OutboxOnceOnlyTest {

    @Inject
    DataSource dataSource;
    @Inject
    KafkaClientSettings kafka;

    private final List<OutboxRelay> relays = new ArrayList<>();

    @AfterEach
    void closeRelays() {
        relays.forEach(OutboxRelay::close);
    }

    @Test
    void aBatchCommittedToKafkaWhoseSentMarkWasLostIsNotPublishedAgainByTheNextRelay() throws Exception {
        Lane lane = new Lane("ipcase.test.outbox-crash");
        Relay first = relay();
        List<UUID> batch = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            batch.add(lane.insert(n));
        }
        first.drain(lane);
        assertThat(first.published()).isEqualTo(5);
        assertThat(lane.unsent()).isZero();

        // the relay was killed after the Kafka commit, before its database commit: the rows look unsent
        lane.markUnsent(batch);
        UUID sixth = lane.insert(6);
        Relay next = relay();
        next.drain(lane);

        await().atMost(Duration.ofSeconds(30)).until(() -> lane.seen().contains(sixth.toString()));
        assertThat(lane.timesSeen()).as("times each event reached a read_committed consumer")
                .hasSize(6).allSatisfy((eventId, times) -> assertThat(times).as(eventId).isEqualTo(1));
        assertThat(lane.sequence()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(next.recovered()).as("found already published").isEqualTo(5);
        assertThat(next.published()).isEqualTo(1);
        assertThat(lane.unsent()).isZero();
    }

    @Test
    void aDatabaseCommitThatFailsAfterTheKafkaCommitIsRecoveredByTheSameRelay() throws Exception {
        Lane lane = new Lane("ipcase.test.outbox-failed-commit");
        Relay relay = relay();
        for (int n = 1; n <= 3; n++) {
            lane.insert(n);
        }
        // the database refuses the commit that marks this lane's rows sent (a deferred trigger fires at commit)
        String trigger = "outbox_test_fail_" + lane.number;
        try (Connection connection = dataSource.getConnection(); var ddl = connection.createStatement()) {
            ddl.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
                    + "raise exception 'the database commit failed'; end $$");
            ddl.execute("create constraint trigger " + trigger + " after update on outbox_event deferrable initially deferred "
                    + "for each row when (new.lane = " + lane.number + " and new.sent_at is not null) execute function " + trigger + "()");
        }
        try {
            assertThatThrownBy(() -> relay.drain(lane)).isInstanceOf(SQLException.class).hasMessageContaining("the database commit failed");
        } finally {
            try (Connection connection = dataSource.getConnection(); var ddl = connection.createStatement()) {
                ddl.execute("drop trigger " + trigger + " on outbox_event");
                ddl.execute("drop function " + trigger + "()");
            }
        }
        // on the broker, committed; in the database, still unsent
        await().atMost(Duration.ofSeconds(30)).until(() -> lane.seen().size() == 3);
        assertThat(lane.unsent()).isEqualTo(3);

        UUID fourth = lane.insert(4);
        relay.drain(lane);

        await().atMost(Duration.ofSeconds(30)).until(() -> lane.seen().contains(fourth.toString()));
        assertThat(lane.sequence()).containsExactly(1, 2, 3, 4);
        assertThat(lane.timesSeen()).hasSize(4).allSatisfy((eventId, times) -> assertThat(times).as(eventId).isEqualTo(1));
        assertThat(relay.recovered()).as("the batch whose database commit failed").isEqualTo(3);
        assertThat(relay.published()).as("only the fourth counts as published: the first three count as recovered").isEqualTo(1);
        assertThat(lane.unsent()).isZero();
    }

    @Test
    void aRelayThatLostItsLaneIsFencedAndNoEventAppearsTwice() throws Exception {
        Lane lane = new Lane("ipcase.test.outbox-zombie");
        Relay zombie = relay();
        for (int n = 1; n <= 3; n++) {
            lane.insert(n);
        }
        zombie.drain(lane);
        assertThat(zombie.published()).isEqualTo(3);

        // another replica takes the lane over: its new producer fences the zombie's
        Relay successor = relay();
        List<UUID> taken = new ArrayList<>();
        for (int n = 4; n <= 6; n++) {
            taken.add(lane.insert(n));
        }
        successor.drain(lane);
        assertThat(successor.published()).isEqualTo(3);

        // the zombie read rows 4..6 as unsent before the successor marked them, and publishes them now
        lane.markUnsent(taken);
        assertThat(zombie.relay.drainLane(lane.number)).as("lane handed over, try again").isTrue();
        assertThat(zombie.published()).as("the zombie's transaction is fenced: nothing committed").isEqualTo(3);
        // its next attempt fences the successor in turn, and learns from the broker that 4..6 are published
        zombie.drain(lane);
        assertThat(zombie.recovered()).isEqualTo(3);
        assertThat(zombie.published()).isEqualTo(3);
        assertThat(lane.unsent()).isZero();

        UUID seventh = lane.insert(7);
        successor.drain(lane);
        await().atMost(Duration.ofSeconds(30)).until(() -> lane.seen().contains(seventh.toString()));
        assertThat(lane.sequence()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(lane.timesSeen()).hasSize(7).allSatisfy((eventId, times) -> assertThat(times).as(eventId).isEqualTo(1));
        assertThat(successor.published()).isEqualTo(4);
    }

    @Test
    void aBatchTheBrokerRefusesHalfwayIsAbortedAndNeverSeenTwice() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Lane lane = new Lane("ipcase.test.outbox-abort-" + suffix);
        String strict = "ipcase.test.outbox-abort-strict-" + suffix;
        try (Admin admin = Admin.create(kafka.admin())) {
            admin.createTopics(List.of(new NewTopic(lane.topic, 1, (short) 1),
                    new NewTopic(strict, 1, (short) 1).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1024")))).all().get();
        }
        Relay relay = relay();
        UUID first = lane.insert(1);
        UUID second = lane.insert(2);
        // the third goes to a topic whose broker-side limit it exceeds
        UUID third = lane.insert(strict, "{\"n\":3,\"text\":\"" + "x".repeat(4000) + "\"}");

        assertThatThrownBy(() -> relay.drain(lane)).hasStackTraceContaining(RecordTooLargeException.class.getSimpleName());
        assertThat(lane.unsent()).isEqualTo(3);
        // the first two were written to the log, in the transaction that was then aborted
        await().atMost(Duration.ofSeconds(30))
                .until(() -> readUncommitted(lane.topic).stream().filter(e -> e.equals(first.toString())).count() == 1);

        try (Admin admin = Admin.create(kafka.admin())) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, strict);
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"), AlterConfigOp.OpType.SET)))).all().get();
        }
        // the broker applies the new limit shortly: until then the batch is refused (and aborted) again
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            relay.drain(lane);
            assertThat(lane.unsent()).isZero();
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> lane.seen().contains(second.toString()));
        assertThat(lane.seen()).as("read_committed").containsExactly(first.toString(), second.toString());
        assertThat(lane.sequence()).containsExactly(1, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(OutboxRelayTest.withoutRereads(TopicTap.of(strict).all()))
                .extracting(e -> e.headers().get("ce_id")).containsExactly(third.toString()));
        // the aborted copies are in the log too: only a read_uncommitted consumer shows them
        List<String> everything = readUncommitted(lane.topic);
        assertThat(everything.stream().filter(first.toString()::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(everything.stream().filter(second.toString()::equals).count()).isGreaterThanOrEqualTo(2);
        assertThat(everything.subList(everything.size() - 2, everything.size())).containsExactly(first.toString(), second.toString());
        assertThat(relay.published()).isEqualTo(3);
    }

    // --- support

    private Relay relay() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(dataSource, metrics, kafka, "case-service", false, 8, 500, Duration.ofMillis(50),
                Duration.ofDays(7), 4);
        relays.add(relay);
        return new Relay(relay, metrics);
    }

    private record Relay(OutboxRelay relay, SimpleMeterRegistry metrics) {

        /** Drains the lane until it has nothing more, as the relay thread would. */
        void drain(Lane lane) throws Exception {
            for (int pass = 0; pass < 10; pass++) {
                if (!relay.drainLane(lane.number)) {
                    return;
                }
            }
            throw new AssertionError("lane " + lane.number + " not drained in 10 passes");
        }

        long published() {
            return (long) metrics.counter("ipcase.outbox.published").count();
        }

        long recovered() {
            return (long) metrics.counter("ipcase.outbox.recovered").count();
        }
    }

    /** A lane of the test's own, its rows on one topic and one key. */
    private final class Lane {
        final int number = ThreadLocalRandom.current().nextInt(1_000, 32_000);
        final String topic;
        final String key = UUID.randomUUID().toString();

        Lane(String topic) {
            this.topic = topic;
        }

        UUID insert(int n) throws SQLException {
            return insert(topic, "{\"n\":" + n + "}");
        }

        /** An outbox row as Outbox.record writes it, in this lane. */
        UUID insert(String toTopic, String payload) throws SQLException {
            UUID eventId = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, lane, event_type, source, occurred_at, payload)
                    values (?, ?, ?, ?, 'ipcase.test.numbered.v1', '/ipcase/test', ?, ?)
                    """)) {
                insert.setObject(1, eventId);
                insert.setString(2, toTopic);
                insert.setString(3, key);
                insert.setInt(4, number);
                insert.setTimestamp(5, java.sql.Timestamp.from(Instant.now()));
                insert.setString(6, payload);
                insert.executeUpdate();
            }
            return eventId;
        }

        void markUnsent(List<UUID> eventIds) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    var update = connection.prepareStatement("update outbox_event set sent_at = null where event_id = any(?)")) {
                update.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
                assertThat(update.executeUpdate()).isEqualTo(eventIds.size());
            }
        }

        long unsent() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    var count = connection.prepareStatement("select count(*) from outbox_event where lane = ? and sent_at is null")) {
                count.setInt(1, number);
                var result = count.executeQuery();
                result.next();
                return result.getLong(1);
            }
        }

        /** The ce_id of every event a read_committed consumer has seen, in order. */
        List<String> seen() {
            return OutboxRelayTest.withoutRereads(TopicTap.of(topic).ofKey(key)).stream().map(e -> e.headers().get("ce_id")).toList();
        }

        Map<String, Long> timesSeen() {
            return seen().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }

        List<Integer> sequence() {
            return OutboxRelayTest.withoutRereads(TopicTap.of(topic).ofKey(key)).stream().map(OutboxRelayTest::sequence).toList();
        }
    }

    /** The ce_id of every record in the (one-partition) topic, aborted transactions' too. */
    private static List<String> readUncommitted(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Instant deadline = Instant.now().plusSeconds(10);
            while (consumer.position(partition) < end && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    var id = record.headers().lastHeader("ce_id");
                    if (id != null) {
                        ids.add(new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return ids;
    }
}
