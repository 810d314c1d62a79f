package io.ipcase.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.events.IncomingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The consumed-event log that makes consumers idempotent: the consumer records an event id in
 * the same transaction as the event's effect, so a redelivered event finds it and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    /** the record's headers as the W3C propagator reads them ({@code traceparent}, {@code tracestate}) */
    private static final TextMapGetter<ConsumerRecord<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return () -> Arrays.stream(record.headers().toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    private final MeterRegistry metrics;

    public Inbox(EntityManager entityManager, ObjectMapper json, OpenTelemetry telemetry, MeterRegistry metrics) {
        this.metrics = metrics;
        this.entityManager = entityManager;
        this.json = json;
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("io.ipcase.inbox");
    }

    /**
     * The skeleton of every consumer: reads the record as a CloudEvent (a malformed one goes to the channel's dead-letter
     * topic at once) and applies an event it {@code wants} once — the inbox entry and the effect in one transaction,
     * retried a few times, then dead-lettered ({@link EventApplier}). Events it does not want are passed over unrecorded.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Predicate<IncomingEvent> wants, Consumer<IncomingEvent> effect) {
        try {
            consumeOrThrow(consumer, record, wants, effect);
        } catch (RuntimeException e) {
            // what a consumer throws goes to the channel's dead-letter topic: counted, for an operator's alert
            Counter.builder("ipcase.events.dead.lettered").description("events a consumer could not read or apply, sent to its dead-letter topic")
                    .tag("topic", record.topic()).tag("consumer", consumer).register(metrics).increment();
            throw e;
        }
    }

    private void consumeOrThrow(String consumer, ConsumerRecord<String, String> record, Predicate<IncomingEvent> wants,
            Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record, json);
        if (!wants.test(event)) {
            return;
        }
        // the event's effect joins the trace of what caused it (its traceparent header); the events it records carry it on
        Context cause = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), record, HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process " + event.name()).setParent(cause).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer).setAttribute("messaging.message.id", String.valueOf(event.id()))
                .setAttribute("messaging.kafka.offset", record.offset()).startSpan();
        try (Scope scope = span.makeCurrent()) {
            EventApplier.apply(event, e -> {
                if (firstDelivery(consumer, e.id(), e.type())) {
                    effect.accept(e);
                }
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * As {@link #consume(String, ConsumerRecord, Predicate, Consumer)} for a consumer that wants events by name alone: an
     * event of another name is passed over by its type header, before its data is read (most events on a topic are of no
     * concern to a given consumer, and reading them was most of what passing them over cost).
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Set<String> names, Consumer<IncomingEvent> effect) {
        String type = IncomingEvent.typeOf(record);
        if (type != null && !names.contains(IncomingEvent.nameOf(type))) {
            return;
        }
        consume(consumer, record, event -> names.contains(event.name()), effect);
    }

    /** @return true the first time this consumer sees the event; false for a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        int inserted = entityManager.createNativeQuery("""
                insert into consumed_event (consumer, event_id, event_type) values (:consumer, :eventId, :type)
                on conflict do nothing
                """)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("type", eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
