package io.ipcase.cases.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.cases.cases.InfringementCase;
import io.ipcase.kit.outbox.Outbox;

/** Writes case events to the outbox, keyed by case id so one case's events stay in order. */
@ApplicationScoped
public class CaseEvents {

    public static final String TOPIC = "ipcase.case.events";

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param name the event name, e.g. {@code filed} → type {@code ipcase.case.filed.v1} */
    public void publish(String name, InfringementCase c, String previousState, String reason, String actor) {
        publish(name, c, CaseEventData.of(c, previousState, reason, actor, null));
    }

    public void publish(String name, InfringementCase c, CaseEventData data) {
        outbox.record(TOPIC, c.id.toString(), type(name), c.caseNumber != null ? c.caseNumber : c.id.toString(), data);
    }

    public static String type(String name) {
        return "ipcase.case." + name + ".v1";
    }
}
