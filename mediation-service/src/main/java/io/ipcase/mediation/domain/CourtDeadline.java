package io.ipcase.mediation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The court's periods on a joint application for judicial confirmation, watched (docs/domain.md, "Mediation time limits"):
 * 3 days to accept it, then 15 days to decide (once +10). The court and the mediator are told the day before a period
 * ends and when it has passed.
 */
public final class CourtDeadline {

    /** which of the court's periods */
    public enum Period {
        /** 受理: from the application */
        ACCEPTANCE,
        /** 作出确认或驳回决定: from acceptance */
        DECISION
    }

    /** what is told: the period ends tomorrow or today, or it has passed */
    public enum Notice {
        APPROACHING, OVERDUE
    }

    private CourtDeadline() {
    }

    /** the period running in this state, or empty when none does */
    public static Optional<Period> running(MediationState state) {
        return switch (state) {
            case CONFIRMATION_REQUESTED -> Optional.of(Period.ACCEPTANCE);
            case CONFIRMATION_ACCEPTED -> Optional.of(Period.DECISION);
            default -> Optional.empty();
        };
    }

    /** what is to be told of a period ending on {@code dueOn}, on {@code today}; empty: nothing yet */
    public static Optional<Notice> notice(LocalDate dueOn, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        if (daysLeft < 0) {
            return Optional.of(Notice.OVERDUE);
        }
        return daysLeft <= 1 ? Optional.of(Notice.APPROACHING) : Optional.empty();
    }
}
