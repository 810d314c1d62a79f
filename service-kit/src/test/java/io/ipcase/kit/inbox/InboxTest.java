package io.ipcase.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.events.IncomingEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;

/** A consumer that wants events by name passes the others over by their type header alone. */
class InboxTest {

    /** no database: an event passed over must not reach it */
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    final Inbox inbox = new Inbox(null, new ObjectMapper(), OpenTelemetry.noop(), metrics);

    @Test
    void anEventOfAnotherNameIsPassedOverWithoutReadingItsData() {
        ConsumerRecord<String, String> record = record("ipcase.case.accepted.v1", "not json");
        assertDoesNotThrow(() -> inbox.consume("test", record, Set.of("case.decision-effective"), e -> {
            throw new AssertionError("applied " + e);
        }));
    }

    @Test
    void anEventOfAWantedNameIsReadAndABrokenOneRefused() {
        ConsumerRecord<String, String> record = record("ipcase.case.decision-effective.v1", "not json");
        assertThrows(IncomingEvent.MalformedEventException.class, () -> inbox.consume("test", record, Set.of("case.decision-effective"), e -> {
        }));
        // refused, it goes to the dead-letter topic: counted by topic and consumer for the operator's alert
        assertEquals(1.0, metrics.get("ipcase.events.dead.lettered").tag("topic", "ipcase.case.events").tag("consumer", "test").counter().count());
    }

    @Test
    void anEventWithoutATypeIsRefusedAsMalformed() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ipcase.case.events", 0, 0, "key", "{}");
        assertThrows(IncomingEvent.MalformedEventException.class, () -> inbox.consume("test", record, Set.of("case.decision-effective"), e -> {
        }));
    }

    private static ConsumerRecord<String, String> record(String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ipcase.case.events", 0, 0, "key", value);
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
