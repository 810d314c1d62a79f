package io.ipcase.mediation.domain;

/** The mediation events ({@code ipcase.mediation.<name>.v1}); each has a schema and an example beside it. */
public enum MediationEvent {
    OPENED("opened"),
    MEDIATOR_ASSIGNED("mediator-assigned"),
    /** a party objected to the mediator, who stepped down; the dispute is offered again */
    MEDIATOR_OBJECTED_TO("mediator-objected-to"),
    SESSION_SCHEDULED("session-scheduled"),
    SESSION_HELD("session-held"),
    EXTENDED("extended"),
    AGREEMENT_REACHED("agreement-reached"),
    FAILED("failed"),
    WITHDRAWN("withdrawn"),
    EXPIRED("expired"),
    CONFIRMATION_REQUESTED("confirmation-requested"),
    CONFIRMATION_ACCEPTED("confirmation-accepted"),
    CONFIRMED("confirmed"),
    CONFIRMATION_REJECTED("confirmation-rejected"),
    AGREEMENT_PERFORMED("agreement-performed"),
    AGREEMENT_NOT_PERFORMED("agreement-not-performed"),
    ENFORCEMENT_APPLIED("enforcement-applied"),
    ENFORCED("enforced"),
    ENFORCEMENT_ENDED("enforcement-ended"),
    /** the court's period to accept or to decide ends tomorrow or today */
    COURT_DEADLINE_APPROACHING("court-deadline-approaching"),
    /** the court's period to accept or to decide has passed */
    COURT_DEADLINE_OVERDUE("court-deadline-overdue");

    private final String eventName;

    MediationEvent(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }
}
