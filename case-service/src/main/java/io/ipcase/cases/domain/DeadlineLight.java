package io.ipcase.cases.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * How near a due date is, as the work list and the case page show it (docs/domain.md, "Deadline
 * lights"): RED once the due date has passed, AMBER when at most {@code amberWithin} working days are
 * left (the due date counts, today does not), GREEN before that.
 */
public enum DeadlineLight {
    GREEN, AMBER, RED;

    public static DeadlineLight of(LocalDate due, LocalDate today, Predicate<LocalDate> isWorkingDay, int amberWithin) {
        if (today.isAfter(due)) {
            return RED;
        }
        return workingDaysLeft(due, today, isWorkingDay) <= amberWithin ? AMBER : GREEN;
    }

    /** the working days after today up to and including the due date (0 on the due date itself) */
    public static int workingDaysLeft(LocalDate due, LocalDate today, Predicate<LocalDate> isWorkingDay) {
        int left = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (isWorkingDay.test(day)) {
                left++;
            }
        }
        return left;
    }
}
