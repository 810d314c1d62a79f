package io.ipcase.mediation.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What a mediation action changes; the service writes each onto the stored mediation, its offers and its sessions. */
public sealed interface MediationChange {

    /** the mediator it was offered to took it, or the administrator named one */
    record Assigned(String mediatorId, LocalDate on) implements MediationChange {
    }

    /** the organisation that took the dispute mediates it as its own kind, with that kind's time limit from the opening */
    record Rekinded(MediationKind kind, LocalDate dueOn) implements MediationChange {
    }

    /** the parties asked for this mediator: it is offered the dispute alone */
    record MediatorRequested(String mediatorId) implements MediationChange {
    }

    /** a party objected to the assigned mediator, who steps down; the dispute is offered to others (not to it again) */
    record MediatorStoodDown(LocalDate on) implements MediationChange {
    }

    /** the mediator it was offered to turned it down: the next is asked */
    record OfferDeclined(String mediatorId) implements MediationChange {
    }

    record SessionScheduled(int seq, Instant at) implements MediationChange {
    }

    record SessionHeld(int seq, Instant heldAt) implements MediationChange {
    }

    record Extended(LocalDate dueOn) implements MediationChange {
    }

    /** the agreement took effect on {@code effectiveOn}; the mediation concluded on {@code on} */
    record AgreementReached(LocalDate effectiveOn, LocalDate on) implements MediationChange {
    }

    /** mediating ended without an agreement (failed, withdrawn, expired) */
    record Concluded(LocalDate on) implements MediationChange {
    }

    /** nothing more is to happen on it */
    record Ended(LocalDate on) implements MediationChange {
    }

    record ConfirmationRequested(String court, LocalDate on, LocalDate acceptanceDue) implements MediationChange {
    }

    record ConfirmationAccepted(String courtCaseNumber, LocalDate on, LocalDate decisionDue) implements MediationChange {
    }

    record ConfirmationExtended(LocalDate decisionDue) implements MediationChange {
    }

    /** the court decided (null case number: as recorded before) */
    record ConfirmationDecided(String courtCaseNumber, LocalDate on) implements MediationChange {
    }

    record Performed(LocalDate on) implements MediationChange {
    }

    /** a party applied to the court to enforce the confirmed agreement; the court's enforcement case number */
    record EnforcementApplied(String enforcementCaseNumber, LocalDate on) implements MediationChange {
    }

    /** the court's enforcement ended on {@code on}: fully performed, or ended without it */
    record EnforcementConcluded(LocalDate on) implements MediationChange {
    }
}
