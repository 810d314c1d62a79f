package io.ipcase.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.v1.CloudEventV1;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * A binary-mode CloudEvent read from a Kafka record. Consumers read the fields they need from
 * {@link #data()} (tolerant reader) and ignore the rest.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String key, JsonNode data) {

    /** the headers of the {@code type} and {@code specversion} attributes in binary mode */
    private static final String TYPE_HEADER = "ce_" + CloudEventV1.TYPE;
    private static final String SPEC_VERSION_HEADER = "ce_" + CloudEventV1.SPECVERSION;
    /** what the CloudEvents specification allows as an attribute's name */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]+");

    /**
     * Reads the record with the CloudEvents SDK (Kafka protocol binding, binary mode). A record without
     * {@code ce_specversion} is read as CloudEvents 1.0, the only version ipcase speaks, as it always was; a foreign
     * {@code ce_} header that names no attribute is ignored.
     * @throws MalformedEventException when a required CloudEvents attribute or the JSON data is missing or broken
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper json) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(readable(record.headers()),
                    record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8)).toEvent();
        } catch (RuntimeException e) {
            // the SDK's CloudEventRWException, or IllegalStateException for a missing ce_id, ce_source or ce_type
            throw new MalformedEventException("missing or unreadable CloudEvents attributes (ce_id, ce_type, ce_source, ...): " + e.getMessage());
        }
        try {
            JsonNode data = event.getData() == null ? null : json.readTree(event.getData().toBytes());
            if (data == null || !data.isObject()) {
                throw new MalformedEventException("event " + event.getId() + " has no JSON object as data");
            }
            return new IncomingEvent(UUID.fromString(event.getId()), event.getType(), event.getSource().toString(), event.getSubject(),
                    event.getTime() == null ? null : event.getTime().toInstant(), record.key(), data);
        } catch (MalformedEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedEventException("unreadable event: " + e.getMessage());
        }
    }

    /**
     * The headers as the SDK reads them: {@code ce_specversion: 1.0} added when they have none (the SDK tells binary mode by
     * it), and a {@code ce_} header that cannot name a CloudEvents attribute (lower-case letters and digits only, e.g. a
     * foreign {@code ce_trace-id}) left out — a tolerant reader ignores what it does not know rather than refusing the event.
     */
    private static Headers readable(Headers headers) {
        boolean foreign = false;
        for (Header header : headers) {
            foreign |= namesNoAttribute(header);
        }
        if (!foreign && headers.lastHeader(SPEC_VERSION_HEADER) != null) {
            return headers;
        }
        Headers copy = new RecordHeaders();
        for (Header header : headers) {
            if (!namesNoAttribute(header)) {
                copy.add(header);
            }
        }
        if (copy.lastHeader(SPEC_VERSION_HEADER) == null) {
            copy.add(SPEC_VERSION_HEADER, SpecVersion.V1.toString().getBytes(StandardCharsets.UTF_8));
        }
        return copy;
    }

    private static boolean namesNoAttribute(Header header) {
        return header.key().startsWith("ce_") && !ATTRIBUTE_NAME.matcher(header.key().substring(3)).matches();
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
        Header header = record.headers().lastHeader(TYPE_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public String text(String field) {
        JsonNode node = data.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
