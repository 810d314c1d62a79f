package io.ipcase.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A binary-mode CloudEvent read from a Kafka record. Consumers read the fields they need from
 * {@link #data()} (tolerant reader) and ignore the rest.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String key, JsonNode data) {

    /** @throws MalformedEventException when a required CloudEvents attribute or the JSON data is missing or broken */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper json) {
        try {
            String id = header(record, CloudEventHeaders.ID);
            String type = header(record, CloudEventHeaders.TYPE);
            String source = header(record, CloudEventHeaders.SOURCE);
            if (id == null || type == null || source == null) {
                throw new MalformedEventException("missing ce_id, ce_type or ce_source header");
            }
            String time = header(record, CloudEventHeaders.TIME);
            JsonNode data = record.value() == null ? null : json.readTree(record.value());
            if (data == null || !data.isObject()) {
                throw new MalformedEventException("event " + id + " has no JSON object as data");
            }
            return new IncomingEvent(UUID.fromString(id), type, source, header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time), record.key(), data);
        } catch (MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedEventException("unreadable event: " + e.getMessage());
        }
    }

    /** The event name without prefix and version: {@code ipcase.mediation.failed.v1} → {@code mediation.failed}. */
    public String name() {
        return nameOf(type);
    }

    /** the name of an event type without prefix and version: {@code ipcase.mediation.failed.v1} → {@code mediation.failed} */
    public static String nameOf(String type) {
        String withoutPrefix = type.startsWith("ipcase.") ? type.substring("ipcase.".length()) : type;
        int version = withoutPrefix.lastIndexOf(".v");
        return version > 0 ? withoutPrefix.substring(0, version) : withoutPrefix;
    }

    /** the record's CloudEvents type ({@code ce_type}), read without its data; null when it has none */
    public static String typeOf(ConsumerRecord<?, ?> record) {
        return header(record, CloudEventHeaders.TYPE);
    }

    public String text(String field) {
        JsonNode node = data.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
