package io.ipcase.kit.outbox;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.kit.time.IpcaseClock;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it once the
 * transaction has committed. Never publishes anything itself, so an event exists exactly when
 * the state change it describes does.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final IpcaseClock clock;
    private final String source;
    private final int lanes;

    public Outbox(EntityManager entityManager, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, IpcaseClock clock,
            @ConfigProperty(name = "ipcase.events.source") String source,
            @ConfigProperty(name = "ipcase.outbox.lanes", defaultValue = "8") int lanes) {
        this.entityManager = entityManager;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.clock = clock;
        // ce_source is a URI reference: a value that is not one would fail every batch of the relay, so it fails here, at start
        URI.create(source);
        this.source = source;
        this.lanes = lanes;
    }

    /**
     * @param type    the CloudEvents type, {@code ipcase.<aggregate>.<event>.v<N>}
     * @param key     the Kafka key; events of one key are published in the order recorded
     * @param subject the CloudEvents subject (e.g. the case number), may be null
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String key, String type, String subject, Object data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " is not serialisable", e);
        }
        return insert(topic, key, type, subject, payload);
    }

    /**
     * A tombstone: a record of the key without a value (its CloudEvents headers kept), so that a compacted topic drops
     * every earlier record of the key — an entry that must not stay readable, such as a subject taken off the blacklist.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordTombstone(String topic, String key, String type, String subject) {
        return insert(topic, key, type, subject, null);
    }

    private UUID insert(String topic, String key, String type, String subject, String payload) {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = clock.now();
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, message_key, lane, event_type, source, subject, occurred_at, payload, trace_parent)
                values (:eventId, :topic, :key, :lane, :type, :source, :subject, :occurredAt, :payload, :traceParent)
                """)
                .setParameter("eventId", eventId)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("lane", laneOf(key, lanes))
                .setParameter("type", type)
                .setParameter("source", source)
                .setParameter("subject", subject)
                .setParameter("occurredAt", occurredAt)
                .setParameter("payload", payload)
                .setParameter("traceParent", TraceParent.current())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return eventId;
    }

    /** One key always maps to one lane, and one relay at a time drains a lane: that keeps a key's order. */
    static int laneOf(String key, int lanes) {
        return Math.floorMod(key.hashCode(), lanes);
    }
}
