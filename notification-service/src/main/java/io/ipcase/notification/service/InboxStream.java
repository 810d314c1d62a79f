package io.ipcase.notification.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.notification.store.Message;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** New inbox messages as they are committed, for the live stream of each reader. */
@ApplicationScoped
public class InboxStream {

    /** An inbox message as its reader sees it. */
    public record Item(UUID id, String recipient, String eventType, UUID caseId, String subject, String body, Instant createdAt,
            Instant readAt) {
        public static Item of(Message m) {
            return new Item(m.id, m.recipient, m.eventType, m.caseId, m.subject, m.body, m.createdAt, m.readAt);
        }
    }

    private final BroadcastProcessor<Item> items = BroadcastProcessor.create();

    public void publish(Item item) {
        items.onNext(item);
    }

    public Multi<Item> of(String userId) {
        return items.filter(i -> i.recipient().equals(userId));
    }
}
