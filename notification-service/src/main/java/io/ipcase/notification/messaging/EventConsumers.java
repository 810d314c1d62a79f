package io.ipcase.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.ipcase.kit.events.IncomingEvent;
import io.ipcase.kit.inbox.Inbox;
import io.ipcase.notification.service.Dispatcher;
import io.ipcase.notification.service.NotificationPlanner;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads the three event topics. Each event id is planned once, in the same transaction as its
 * messages, which the dispatcher then delivers. An event that cannot be read goes to the
 * topic's dead-letter topic and the partition moves on.
 */
@ApplicationScoped
public class EventConsumers {

    static final String CONSUMER = "notification-service";

    private final NotificationPlanner planner;
    private final Dispatcher dispatcher;
    private final Inbox inbox;

    public EventConsumers(NotificationPlanner planner, Dispatcher dispatcher, Inbox inbox) {
        this.planner = planner;
        this.dispatcher = dispatcher;
        this.inbox = inbox;
    }

    @Incoming("case-events")
    @Blocking
    public void caseEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("mediation-events")
    @Blocking
    public void mediationEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("credit-events")
    @Blocking
    public void creditEvent(ConsumerRecord<String, String> record) {
        consume(record);
    }

    private void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, event -> {
            if (!event.type().startsWith("ipcase.") || !event.type().matches(".*\\.v[0-9]+$")) {
                throw new IncomingEvent.MalformedEventException("event " + event.id() + " has an unknown type " + event.type());
            }
            return true;
        }, event -> planner.plan(event).forEach(dispatcher::announce));
    }
}
