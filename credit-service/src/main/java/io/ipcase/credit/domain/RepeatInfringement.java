package io.ipcase.credit.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Optional;

/**
 * 重复侵权: a second established infringement within the window after an earlier one. The window
 * is counted to the day: effective 2021-03-10 and again 2026-03-10 is within five years,
 * 2026-03-11 is not.
 */
public final class RepeatInfringement {

    private RepeatInfringement() {
    }

    /** The latest earlier infringement the new one repeats, if any. */
    public static Optional<LocalDate> repeats(LocalDate effectiveOn, Collection<LocalDate> earlier, Period window) {
        return earlier.stream()
                .filter(previous -> !previous.isAfter(effectiveOn))
                .filter(previous -> !effectiveOn.isAfter(previous.plus(window)))
                .max(LocalDate::compareTo);
    }
}
