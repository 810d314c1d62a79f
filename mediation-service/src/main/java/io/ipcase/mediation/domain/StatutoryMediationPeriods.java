package io.ipcase.mediation.domain;

import java.time.LocalDate;
import java.util.Map;

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;

/**
 * The periods of mediation and judicial confirmation counted on the holiday calendar. An extension lengthens the
 * period it extends: the period and its extension are one period from the original start, moved off a holiday once,
 * at the end — never counted on from the day a holiday moved the first end to (docs/domain.md, "Extensions").
 */
public final class StatutoryMediationPeriods implements MediationPeriods {

    private final DeadlineCalculator calculator;
    private final Map<MediationKind, DeadlineRule> timeLimits;
    private final Map<MediationKind, DeadlineRule> extensions;
    private final DeadlineRule confirmationWindow;
    private final DeadlineRule courtAcceptance;
    private final DeadlineRule courtDecision;
    private final DeadlineRule courtDecisionExtension;
    private final DeadlineRule enforcementApplication;

    public StatutoryMediationPeriods(DeadlineCalculator calculator, Map<MediationKind, DeadlineRule> timeLimits, Map<MediationKind, DeadlineRule> extensions,
            DeadlineRule confirmationWindow, DeadlineRule courtAcceptance, DeadlineRule courtDecision, DeadlineRule courtDecisionExtension,
            DeadlineRule enforcementApplication) {
        this.calculator = calculator;
        this.timeLimits = Map.copyOf(timeLimits);
        this.extensions = Map.copyOf(extensions);
        this.confirmationWindow = confirmationWindow;
        this.courtAcceptance = courtAcceptance;
        this.courtDecision = courtDecision;
        this.courtDecisionExtension = courtDecisionExtension;
        this.enforcementApplication = enforcementApplication;
    }

    @Override
    public LocalDate due(MediationKind kind, LocalDate openedOn) {
        return calculator.due(openedOn, timeLimit(kind));
    }

    @Override
    public LocalDate extendedDue(MediationKind kind, LocalDate openedOn) {
        DeadlineRule extension = extensions.get(kind);
        if (extension == null) {
            throw new IllegalStateException("No extension configured for " + kind);
        }
        return calculator.due(openedOn, timeLimit(kind).extendedBy(extension, 1));
    }

    @Override
    public LocalDate confirmationDeadline(LocalDate agreementEffectiveOn) {
        return calculator.due(agreementEffectiveOn, confirmationWindow);
    }

    @Override
    public LocalDate courtAcceptanceDue(LocalDate requestedOn) {
        return calculator.due(requestedOn, courtAcceptance);
    }

    @Override
    public LocalDate courtDecisionDue(LocalDate acceptedOn, boolean extended) {
        return calculator.due(acceptedOn, extended ? courtDecision.extendedBy(courtDecisionExtension, 1) : courtDecision);
    }

    @Override
    public LocalDate enforcementApplicationDeadline(LocalDate lastTermDeadline) {
        return calculator.due(lastTermDeadline, enforcementApplication);
    }

    private DeadlineRule timeLimit(MediationKind kind) {
        DeadlineRule limit = timeLimits.get(kind);
        if (limit == null) {
            throw new IllegalStateException("No time limit configured for " + kind);
        }
        return limit;
    }
}
