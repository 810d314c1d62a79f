package io.ipcase.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.provider.ExtensionProvider;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.outbox.OutboxRelay.OutboxRow;

/**
 * The relay's CloudEvents envelope (Kafka binding, binary mode) read back as a consumer reads it: every attribute
 * survives the trip, ce_time to the microsecond the outbox keeps, and a tombstone keeps its ce_* headers.
 */
class OutboxEnvelopeTest {

    static final String TOPIC = "ipcase.case.events";
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    final ObjectMapper json = new ObjectMapper();

    @Test
    void anEventComesBackWithEveryAttributeItLeftWith() throws Exception {
        UUID eventId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Instant occurredAt = Instant.parse("2026-03-14T09:26:53.123456Z");
        OutboxRow row = row(eventId, key, "ipcase.case.filed.v1", "浔市监知罚〔2026〕17号", occurredAt,
                "{\"caseId\":\"" + key + "\",\"region\":\"360400\"}", TRACEPARENT);

        ProducerRecord<String, byte[]> sent = OutboxRelay.record(row);

        assertEquals(TOPIC, sent.topic());
        assertEquals(key, sent.key());
        assertNull(sent.partition(), "the partition follows the key");
        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_source", "/ipcase/case-service",
                "ce_type", "ipcase.case.filed.v1", "ce_time", "2026-03-14T09:26:53.123456Z", "ce_subject", "浔市监知罚〔2026〕17号",
                "content-type", "application/json", "ce_traceparent", TRACEPARENT, "traceparent", TRACEPARENT), headers(sent));

        IncomingEvent read = IncomingEvent.from(received(sent), json);
        assertEquals(new IncomingEvent(eventId, "ipcase.case.filed.v1", "/ipcase/case-service", "浔市监知罚〔2026〕17号", occurredAt, key,
                json.readTree("{\"caseId\":\"" + key + "\",\"region\":\"360400\"}")), read);
        assertEquals(123_456_000, read.time().getNano(), "microseconds kept");

        // the trace context, as the SDK reads the distributed-tracing extension
        CloudEvent event = KafkaMessageFactory.createReader(sent.headers(), sent.value()).toEvent();
        DistributedTracingExtension tracing = ExtensionProvider.getInstance().parseExtension(DistributedTracingExtension.class, event);
        assertEquals(TRACEPARENT, tracing.getTraceparent());
        assertEquals(OffsetDateTime.parse("2026-03-14T09:26:53.123456Z"), event.getTime());
    }

    @Test
    void anEventWithoutSubjectOrTraceHasNoHeadersForThem() {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.parse("2026-03-14T09:26:00Z");
        ProducerRecord<String, byte[]> sent = OutboxRelay.record(row(eventId, "k", "ipcase.case.accepted.v1", null, occurredAt, "{}", null));

        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_source", "/ipcase/case-service",
                "ce_type", "ipcase.case.accepted.v1", "ce_time", "2026-03-14T09:26:00Z", "content-type", "application/json"), headers(sent));
        IncomingEvent read = IncomingEvent.from(received(sent), json);
        assertNull(read.subject());
        assertEquals(occurredAt, read.time());
    }

    @Test
    void aTombstoneKeepsItsCloudEventsHeadersAndHasNoValue() {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.parse("2026-03-14T09:26:53.000001Z");
        ProducerRecord<String, byte[]> sent = OutboxRelay.record(
                row(eventId, "91360400MA35XXXX0X", "ipcase.credit.blacklist-entry.v1", "91360400MA35XXXX0X", occurredAt, null, TRACEPARENT));

        assertNull(sent.value(), "a tombstone: the key's removal from the compacted topic");
        assertEquals("91360400MA35XXXX0X", sent.key());
        // no content-type: there is no content
        assertEquals(Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_source", "/ipcase/case-service",
                "ce_type", "ipcase.credit.blacklist-entry.v1", "ce_time", "2026-03-14T09:26:53.000001Z", "ce_subject", "91360400MA35XXXX0X",
                "ce_traceparent", TRACEPARENT, "traceparent", TRACEPARENT), headers(sent));
        assertNull(new ByteArraySerializer().serialize(TOPIC, sent.headers(), sent.value()), "sent as a null value");

        // its attributes read back; its missing data is what a consumer of events refuses
        CloudEvent event = KafkaMessageFactory.createReader(sent.headers(), sent.value()).toEvent();
        assertEquals(eventId.toString(), event.getId());
        assertEquals("ipcase.credit.blacklist-entry.v1", event.getType());
        assertEquals(occurredAt, event.getTime().toInstant());
        assertNull(event.getData());
        assertNull(event.getDataContentType());
        assertThrows(IncomingEvent.MalformedEventException.class, () -> IncomingEvent.from(received(sent), json));
    }

    @Test
    void theValueIsThePayloadsUtf8Bytes() {
        String payload = "{\"reason\":\"经催告仍未停止销售侵权产品\"}";
        ProducerRecord<String, byte[]> sent = OutboxRelay.record(row(UUID.randomUUID(), "k", "ipcase.case.closed.v1", null,
                Instant.parse("2026-03-14T09:26:53Z"), payload, null));
        assertArrayEquals(payload.getBytes(StandardCharsets.UTF_8), sent.value());
        assertEquals("经催告仍未停止销售侵权产品", IncomingEvent.from(received(sent), json).text("reason"));
    }

    private static OutboxRow row(UUID eventId, String key, String type, String subject, Instant occurredAt, String payload,
            String traceParent) {
        return new OutboxRow(1, eventId, TOPIC, key, type, "/ipcase/case-service", subject, occurredAt, payload, traceParent,
                Instant.now());
    }

    /** the record as a consumer gets it: the same headers, the value through the consumers' StringDeserializer */
    private static ConsumerRecord<String, String> received(ProducerRecord<String, byte[]> sent) {
        try (StringDeserializer strings = new StringDeserializer()) {
            ConsumerRecord<String, String> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(),
                    strings.deserialize(sent.topic(), sent.value()));
            sent.headers().forEach(record.headers()::add);
            return record;
        }
    }

    /** every header once, by name */
    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String previous = headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            assertNull(previous, "header " + header.key() + " twice: " + Arrays.toString(record.headers().toArray()));
        }
        return headers;
    }
}
