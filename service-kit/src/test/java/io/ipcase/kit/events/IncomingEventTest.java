package io.ipcase.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.events.IncomingEvent.MalformedEventException;

/** What a consumer reads as an event, and what it refuses as malformed (and dead-letters). */
class IncomingEventTest {

    final ObjectMapper json = new ObjectMapper();
    final UUID id = UUID.randomUUID();

    @Test
    void aBinaryModeEventIsRead() {
        IncomingEvent event = IncomingEvent.from(record(envelope(), "{\"caseId\":\"c-1\"}"), json);
        assertEquals(id, event.id());
        assertEquals("ipcase.mediation.failed.v1", event.type());
        assertEquals("mediation.failed", event.name());
        assertEquals("/ipcase/mediation-service", event.source());
        assertEquals("M-3", event.subject());
        assertEquals(Instant.parse("2026-03-14T09:26:53.123456Z"), event.time());
        assertEquals("key", event.key());
        assertEquals("c-1", event.text("caseId"));
    }

    @Test
    void withoutSpecVersionTimeOrSubjectItIsStillRead() {
        Map<String, String> headers = envelope();
        headers.remove("ce_specversion");
        headers.remove("ce_time");
        headers.remove("ce_subject");
        headers.remove("content-type");
        IncomingEvent event = IncomingEvent.from(record(headers, "{}"), json);
        assertEquals(id, event.id());
        assertNull(event.time());
        assertNull(event.subject());
    }

    @Test
    void aForeignCeHeaderThatNamesNoAttributeIsIgnored() {
        Map<String, String> headers = envelope();
        headers.put("ce_trace-id", "abc");
        headers.put("ce_Upper", "x");
        IncomingEvent event = IncomingEvent.from(record(headers, "{\"caseId\":\"c-1\"}"), json);
        assertEquals(id, event.id());
        assertEquals("c-1", event.text("caseId"));
        // and so without ce_specversion too
        headers.remove("ce_specversion");
        assertEquals(id, IncomingEvent.from(record(headers, "{}"), json).id());
    }

    @Test
    void aTimeWithAnOffsetIsTheSameInstant() {
        Map<String, String> headers = envelope();
        headers.put("ce_time", "2026-03-14T17:26:53.5+08:00");
        assertEquals(Instant.parse("2026-03-14T09:26:53.5Z"), IncomingEvent.from(record(headers, "{}"), json).time());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce_id", "ce_type", "ce_source" })
    void withoutARequiredAttributeItIsMalformed(String header) {
        Map<String, String> headers = envelope();
        headers.remove(header);
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(headers, "{}"), json));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "{not json", "[1,2]", "\"text\"", "42", "null", "", "  " })
    void dataThatIsNoJsonObjectIsMalformed(String value) {
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(envelope(), value), json));
    }

    @Test
    void noDataIsMalformed() {
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(envelope(), null), json));
    }

    @Test
    void anIdThatIsNoUuidOrAnUnreadableTimeIsMalformed() {
        Map<String, String> badId = envelope();
        badId.put("ce_id", "evt-1");
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(badId, "{}"), json));
        Map<String, String> badTime = envelope();
        badTime.put("ce_time", "yesterday");
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(badTime, "{}"), json));
    }

    @Test
    void noHeadersAtAllIsMalformed() {
        assertThrows(MalformedEventException.class,
                () -> IncomingEvent.from(new ConsumerRecord<>("ipcase.mediation.events", 0, 0, "key", "{}"), json));
    }

    @Test
    void theTypeIsReadWithoutTheData() {
        assertEquals("ipcase.mediation.failed.v1", IncomingEvent.typeOf(record(envelope(), "not json")));
        assertNull(IncomingEvent.typeOf(new ConsumerRecord<>("ipcase.mediation.events", 0, 0, "key", "{}")));
    }

    private Map<String, String> envelope() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id.toString());
        headers.put("ce_type", "ipcase.mediation.failed.v1");
        headers.put("ce_source", "/ipcase/mediation-service");
        headers.put("ce_time", "2026-03-14T09:26:53.123456Z");
        headers.put("ce_subject", "M-3");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ipcase.mediation.events", 0, 0, "key", value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
