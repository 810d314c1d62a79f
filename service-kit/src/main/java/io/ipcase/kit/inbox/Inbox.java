package io.ipcase.kit.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumed-event log that makes consumers idempotent: the consumer records an event id in
 * the same transaction as the event's effect, so a redelivered event finds it and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
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
