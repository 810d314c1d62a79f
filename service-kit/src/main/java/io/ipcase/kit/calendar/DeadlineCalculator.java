package io.ipcase.kit.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Statutory clocks counted by the civil-procedure convention: the start day is not counted,
 * holidays inside a period are not deducted, a month period ends on the same calendar day, and a
 * period that ends on a non-working day ends on the next working day instead.
 *
 * <p>Days of years the {@link HolidayCalendar} does not list are counted on the holidays the law
 * sets, so a clock never stops working because the table was not updated in time. The published
 * arrangement may still move such a date, since around the holidays it turns weekends into workdays
 * and workdays into days off: show it as provisional when
 * {@link #isProvisional(LocalDate, LocalDate)} says so (docs/domain.md, Case periods).
 */
public final class DeadlineCalculator {

    /** The length of a statutory clock, e.g. 5 working days to accept a ruling request. */
    public record DeadlineRule(int amount, Unit unit) {

        public enum Unit {
            WORKING_DAYS, NATURAL_DAYS, MONTHS
        }

        public DeadlineRule {
            if (amount < 1) {
                throw new IllegalArgumentException("a deadline runs for at least one unit, not " + amount);
            }
            Objects.requireNonNull(unit, "unit");
        }

        public static DeadlineRule workingDays(int amount) {
            return new DeadlineRule(amount, Unit.WORKING_DAYS);
        }

        public static DeadlineRule naturalDays(int amount) {
            return new DeadlineRule(amount, Unit.NATURAL_DAYS);
        }

        public static DeadlineRule months(int amount) {
            return new DeadlineRule(amount, Unit.MONTHS);
        }

        /**
         * This period lengthened by {@code times} extensions, as one period counted from the original start: an
         * extension runs on from the period's own last day, never from the day a holiday moved its end to, and the sum
         * is moved off a holiday once (docs/domain.md, "Extensions"). 90 days + 30 days is 120 days; 3 months + 1
         * month is 4 months. Every service counts an extension so.
         *
         * @throws IllegalArgumentException when the extension is in another unit (a configuration error)
         */
        public DeadlineRule extendedBy(DeadlineRule extension, int times) {
            if (times < 0) {
                throw new IllegalArgumentException("a period is extended zero or more times, not " + times);
            }
            if (times == 0) {
                return this;
            }
            if (extension.unit() != unit) {
                throw new IllegalArgumentException("an extension of a period in " + unit + " must be in " + unit + ", not " + extension.unit());
            }
            return new DeadlineRule(amount + times * extension.amount(), unit);
        }

        /** Reads {@code "<n> WORKING_DAYS|NATURAL_DAYS|MONTHS"}, as written in configuration. */
        public static DeadlineRule parse(CharSequence text) {
            String[] parts = text.toString().trim().split("\\s+");
            try {
                return new DeadlineRule(Integer.parseInt(parts[0]), Unit.valueOf(parts[1]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("deadline rule '" + text + "' is not '<n> WORKING_DAYS|NATURAL_DAYS|MONTHS'", e);
            }
        }
    }

    /**
     * A stretch during which the clock stood still (suspension, hearing, public notice, testing or
     * appraisal, mediation). {@code from} is the first paused day; {@code to} is the day the clock
     * resumed and is itself counted again; {@code to} is null while the clock is still paused.
     */
    public record Pause(LocalDate from, LocalDate to) {

        public Pause {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a pause cannot resume (" + to + ") before it began (" + from + ")");
            }
        }

        public static Pause ongoingSince(LocalDate from) {
            return new Pause(from, null);
        }

        public boolean isOngoing() {
            return to == null;
        }
    }

    private final HolidayCalendar calendar;

    public DeadlineCalculator(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /**
     * Whether a due date counted from {@code start} rests on computed holidays rather than on the
     * published arrangement: some day after the start day, up to the due date, lies in a year the
     * table does not list. The start day itself is never counted, so its year does not matter.
     */
    public boolean isProvisional(LocalDate start, LocalDate due) {
        return !calendar.isArranged(start.plusDays(1), due);
    }

    /** The n-th working day after {@code start}; {@code n = 0} gives {@code start} itself. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public LocalDate addNaturalDays(LocalDate start, int n) {
        requireNotNegative(n);
        return calendar.nextWorkingDayOnOrAfter(start.plusDays(n));
    }

    /** The same calendar day n months on, or that month's last day if it is shorter (01-31 → 04-30). */
    public LocalDate addMonths(LocalDate start, int n) {
        requireNotNegative(n);
        return calendar.nextWorkingDayOnOrAfter(start.plusMonths(n));
    }

    public LocalDate due(LocalDate start, DeadlineRule rule) {
        return due(start, rule, List.of());
    }

    /**
     * The due date once the clock is extended by every pause. Only closed pauses are accepted
     * here, because an ongoing pause has no due date yet: use
     * {@link #due(LocalDate, DeadlineRule, List, LocalDate)} for a case that is still paused.
     *
     * <p>Working-day clocks are extended by the working days inside the pauses, counted on from
     * the unpaused due date. Natural-day and month clocks are extended by the calendar days inside
     * the pauses, added to the period's raw end before it is moved off a non-working day, so a
     * short pause can be absorbed by a holiday the deadline was already moved across. Days paused
     * on or before the start day do not extend the clock, since that day is never counted, and a
     * day covered by several pauses counts once. Pauses are taken as recorded: one that began only
     * after the deadline had passed still extends it.
     */
    public LocalDate due(LocalDate start, DeadlineRule rule, List<Pause> pauses) {
        for (Pause pause : pauses) {
            if (pause.isOngoing()) {
                throw new IllegalArgumentException(
                        "the clock is still paused since " + pause.from() + ": the due date depends on when it resumes");
            }
        }
        return dueAfter(start, rule, pausedDays(start, pauses, null));
    }

    /**
     * As {@link #due(LocalDate, DeadlineRule, List)}, treating an ongoing pause as resuming
     * {@code today}. For a paused case that is the earliest the deadline can still be: each
     * further day the pause lasts moves it on.
     */
    public LocalDate due(LocalDate start, DeadlineRule rule, List<Pause> pauses, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return dueAfter(start, rule, pausedDays(start, pauses, today));
    }

    private LocalDate dueAfter(LocalDate start, DeadlineRule rule, Set<LocalDate> pausedDays) {
        return switch (rule.unit()) {
            case WORKING_DAYS -> addWorkingDays(addWorkingDays(start, rule.amount()), workingDaysAmong(pausedDays));
            case NATURAL_DAYS -> addNaturalDays(start.plusDays(rule.amount()), pausedDays.size());
            case MONTHS -> addNaturalDays(start.plusMonths(rule.amount()), pausedDays.size());
        };
    }

    private int workingDaysAmong(Set<LocalDate> days) {
        return (int) days.stream().filter(calendar::isWorkingDay).count();
    }

    private static Set<LocalDate> pausedDays(LocalDate start, List<Pause> pauses, LocalDate today) {
        LocalDate firstCountedDay = start.plusDays(1);
        Set<LocalDate> days = new HashSet<>();
        for (Pause pause : pauses) {
            LocalDate resumed = pause.isOngoing() ? today : pause.to();
            LocalDate day = pause.from().isBefore(firstCountedDay) ? firstCountedDay : pause.from();
            for (; day.isBefore(resumed); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("deadlines only run forward, not " + n);
        }
    }
}
