package io.ipcase.mediation.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.kit.outbox.Outbox;
import io.ipcase.mediation.domain.MediationEvent;
import io.ipcase.mediation.store.Mediation;
import io.ipcase.mediation.sessions.MediationSession;

/** Writes mediation events to the outbox, keyed by case id (or mediation id without a case). */
@ApplicationScoped
public class MediationEvents {

    public static final String TOPIC = "ipcase.mediation.events";

    private final Outbox outbox;

    public MediationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param name the event name, e.g. {@code failed} → type {@code ipcase.mediation.failed.v1} */
    public void publish(String name, Mediation m, String previousState, String reason, String actor, MediationSession session) {
        outbox.record(TOPIC, m.eventKey(), type(name), m.caseNumber != null ? m.caseNumber : m.id.toString(),
                MediationEventData.of(m, previousState, reason, actor, session));
    }

    /** an event about a mediator the mediation no longer has (one who stood down) */
    public void publishNaming(String name, Mediation m, String previousState, String reason, String actor, MediationEventData.MediatorRef former) {
        outbox.record(TOPIC, m.eventKey(), type(name), m.caseNumber != null ? m.caseNumber : m.id.toString(),
                MediationEventData.of(m, previousState, reason, actor, null).naming(former));
    }

    /** a watched period of the court ending or passed */
    public void publish(MediationEvent event, Mediation m, MediationEventData.Deadline deadline, String reason, String actor) {
        outbox.record(TOPIC, m.eventKey(), type(event.eventName()), m.caseNumber != null ? m.caseNumber : m.id.toString(),
                MediationEventData.of(m, m.state.name(), reason, actor, null).withDeadline(deadline));
    }

    public static String type(String name) {
        return "ipcase.mediation." + name + ".v1";
    }
}
