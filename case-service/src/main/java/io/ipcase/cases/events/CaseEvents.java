package io.ipcase.cases.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.cases.domain.CaseEventType;
import io.ipcase.cases.store.InfringementCase;
import io.ipcase.kit.outbox.Outbox;

/** Writes case events to the outbox, keyed by case id so one case's events stay in order. */
@ApplicationScoped
public class CaseEvents {

    public static final String TOPIC = "ipcase.case.events";

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(CaseEventType type, InfringementCase c, String previousState, String reason, String actor) {
        publish(type, c, CaseEventData.of(c, previousState, reason, actor, null));
    }

    public void publish(CaseEventType type, InfringementCase c, CaseEventData data) {
        outbox.record(TOPIC, c.id.toString(), type.type(), c.caseNumber != null ? c.caseNumber : c.id.toString(), data);
    }
}
