package io.ipcase.mediation.domain;

import java.time.LocalDate;

/** The periods the rules need, counted on the working-day calendar (docs/domain.md, "Mediation"). */
public interface MediationPeriods {

    /** the time limit of a kind of mediation, from the opening */
    LocalDate due(MediationKind kind, LocalDate openedOn);

    /** the time limit with its one extension, counted as one period from the opening (docs/domain.md, "Extensions") */
    LocalDate extendedDue(MediationKind kind, LocalDate openedOn);

    /** the last day of the joint application for judicial confirmation */
    LocalDate confirmationDeadline(LocalDate agreementEffectiveOn);

    LocalDate courtAcceptanceDue(LocalDate requestedOn);

    /** the court's period to decide, with its one extension when {@code extended} */
    LocalDate courtDecisionDue(LocalDate acceptedOn, boolean extended);

    /** the last day a party may apply to the court to enforce an agreement whose last term fell due on {@code lastTermDeadline} */
    LocalDate enforcementApplicationDeadline(LocalDate lastTermDeadline);
}
