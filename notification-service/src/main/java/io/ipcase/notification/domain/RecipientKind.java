package io.ipcase.notification.domain;

/** Whom a route names; resolved from the event and from what the service keeps. */
public enum RecipientKind {
    /** the complainants / right holders of the case or dispute (their e-mail from the event) */
    COMPLAINANTS,
    /** the respondents */
    RESPONDENTS,
    /** complainants and respondents */
    PARTIES,
    /** the officers handling the case (their recipient profiles) */
    HANDLING_OFFICERS,
    /** the department heads whose region covers the case */
    HEAD,
    /** the credit officers whose region covers the listing (their recipient profiles) */
    CREDIT_OFFICERS,
    /** the court users whose region covers the mediation (their recipient profiles) */
    COURT,
    /** the mediator assigned to the mediation */
    MEDIATOR,
    /** the subject of a credit event (its contact as the case events gave it) */
    SUBJECT,
    /** an external system subscribed to the event (not named in routes: subscriptions choose their events) */
    WEBHOOK
}
