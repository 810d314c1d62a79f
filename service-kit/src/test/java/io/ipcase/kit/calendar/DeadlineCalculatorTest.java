package io.ipcase.kit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule.Unit;
import io.ipcase.kit.calendar.DeadlineCalculator.Pause;

class DeadlineCalculatorTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.load();
    private final DeadlineCalculator calculator = new DeadlineCalculator(CALENDAR);

    /** Acceptance of a ruling request: 5 working days from receipt. */
    @ParameterizedTest(name = "{0} + {1} working days → {2} ({3})")
    @CsvSource(textBlock = """
            2026-02-12, 5, 2026-02-26, 13 Fri and 14 Sat (make-up) then 24-26 after Spring Festival
            2026-02-13, 5, 2026-02-27, 14 Sat (make-up) then 24-27
            2026-02-10, 5, 2026-02-24, 11-14 then the first day after Spring Festival
            2026-02-16, 5, 2026-02-28, received during Spring Festival; ends on the make-up Saturday
            2026-02-24, 5, 2026-03-02, 25-28 then Monday
            2025-09-26, 5, 2025-10-10, 28 Sun (make-up) 29 30 then 9-10 October
            2025-09-29, 5, 2025-10-13, 30 then 9 10 11 (make-up Saturday) 13
            2025-09-30, 5, 2025-10-14, 9 10 11 13 14 October
            2025-10-03, 5, 2025-10-14, received during National Day
            2026-02-02, 15, 2026-02-28, lead check of 15 working days across Spring Festival
            2025-03-10, 0, 2025-03-10, nothing to add
            """)
    void addsWorkingDays(LocalDate start, int workingDays, LocalDate expected, String why) {
        assertEquals(expected, calculator.addWorkingDays(start, workingDays));
    }

    /** Appeal window (15 days from service) and penalty decision (90 days from filing). */
    @ParameterizedTest(name = "{0} + {1} days → {2} ({3})")
    @CsvSource(textBlock = """
            2025-03-10, 15, 2025-03-25, ends on a Tuesday
            2025-03-07, 15, 2025-03-24, ends on a Saturday; moves to Monday
            2025-09-16, 15, 2025-10-09, ends on National Day; moves past it
            2026-02-03, 15, 2026-02-24, ends inside Spring Festival
            2026-02-06, 15, 2026-02-24, ends on a Saturday inside Spring Festival
            2026-01-30, 15, 2026-02-14, ends on a make-up Saturday; stays
            2025-12-17, 15, 2026-01-04, ends on New Year; the make-up Sunday is next
            2025-07-03, 90, 2025-10-09, ends on National Day
            2025-11-20, 90, 2026-02-24, ends inside Spring Festival
            2026-01-05, 90, 2026-04-07, ends on a Qingming Sunday; Monday is off too
            2025-03-03, 90, 2025-06-03, ends on Dragon Boat
            2026-09-21, 10, 2026-10-08, a demand's ten days end on National Day
            2026-12-17, 15, 2027-01-04, a fine's 15 days end on New Year 2027 (computed; no arrangement yet)
            """)
    void addsNaturalDaysAndMovesOffNonWorkingDays(LocalDate start, int days, LocalDate expected, String why) {
        assertEquals(expected, calculator.addNaturalDays(start, days));
    }

    /** Closing a ruling case: 3 months from filing, +1 with approval. */
    @ParameterizedTest(name = "{0} + {1} months → {2} ({3})")
    @CsvSource(textBlock = """
            2025-11-30, 3, 2026-02-28, no 30 February; month end is a make-up Saturday so it stays
            2026-01-31, 3, 2026-04-30, no 31 April; month end
            2025-08-31, 1, 2025-09-30, no 31 September; month end
            2026-02-28, 1, 2026-03-30, same calendar day (not month end) is a Saturday
            2025-07-01, 3, 2025-10-09, ends on National Day
            2026-01-15, 3, 2026-04-15, ordinary Wednesday
            """)
    void addsMonthsToTheSameCalendarDay(LocalDate start, int months, LocalDate expected, String why) {
        assertEquals(expected, calculator.addMonths(start, months));
    }

    @ParameterizedTest(name = "{0} + {1} {2} → {3}")
    @CsvSource(textBlock = """
            2026-02-12, 5,  WORKING_DAYS, 2026-02-26
            2025-09-16, 15, NATURAL_DAYS, 2025-10-09
            2025-11-30, 3,  MONTHS,       2026-02-28
            """)
    void dueDateFollowsTheRuleUnit(LocalDate start, int amount, Unit unit, LocalDate expected) {
        assertEquals(expected, calculator.due(start, new DeadlineRule(amount, unit)));
    }

    @Test
    void rulesHaveShorthands() {
        assertEquals(new DeadlineRule(5, Unit.WORKING_DAYS), DeadlineRule.workingDays(5));
        assertEquals(new DeadlineRule(15, Unit.NATURAL_DAYS), DeadlineRule.naturalDays(15));
        assertEquals(new DeadlineRule(3, Unit.MONTHS), DeadlineRule.months(3));
    }

    /**
     * Pauses are written {@code from..to} with {@code to} the day the clock resumed, an empty
     * {@code to} for a pause still running, and {@code ;} between pauses. The unpaused due dates
     * are 2025-06-03 (90 days from 2025-03-03; raw end 2025-06-01 is Dragon Boat), 2026-02-28
     * (15 working days from 2026-02-02) and 2025-10-09 (3 months from 2025-07-01; raw end
     * 2025-10-01).
     */
    @ParameterizedTest(name = "{0} + {1} {2}, paused {3} → {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-03 | 90 | NATURAL_DAYS |                                              |            | 2025-06-03 | no pause
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-21                       |            | 2025-06-23 | 20 days: raw end 06-21 is a Saturday
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-02                       |            | 2025-06-03 | 1 day added to the raw end 06-01 is absorbed by Dragon Boat
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-11; 2025-05-06..2025-05-16 |          | 2025-06-23 | two pauses of 10 days
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-15; 2025-04-10..2025-04-21 |          | 2025-06-23 | overlap 10-14 April counted once
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-21; 2025-04-05..2025-04-08 |          | 2025-06-23 | nested pause counted once
            2025-03-03 | 90 | NATURAL_DAYS | 2025-03-03..2025-03-13                       |            | 2025-06-10 | the start day itself is never counted: 9 days
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..                                 | 2025-04-21 | 2025-06-23 | still paused: as if resuming today
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..                                 | 2025-05-01 | 2025-07-01 | still paused a month: 30 days
            2025-03-03 | 90 | NATURAL_DAYS | 2025-04-01..2025-04-15; 2025-04-10..         | 2025-04-21 | 2025-06-23 | closed and ongoing pause overlap
            2026-02-02 | 15 | WORKING_DAYS | 2026-02-11..2026-02-25                       |            | 2026-03-06 | 14 days paused but only 5 working days (11-14, 24)
            2026-02-02 | 15 | WORKING_DAYS | 2026-02-07..2026-02-09                       |            | 2026-02-28 | paused over a plain weekend: no working day lost
            2026-02-02 | 15 | WORKING_DAYS | 2026-02-11..                                 | 2026-02-25 | 2026-03-06 | still paused across Spring Festival
            2025-07-01 | 3  | MONTHS       | 2025-08-01..2025-08-03                       |            | 2025-10-09 | 2 days added to the raw end 10-01, then past National Day
            2025-11-30 | 3  | MONTHS       | 2025-12-10..2025-12-20                       |            | 2026-03-10 | 10 days added to 02-28
            """)
    void extendsTheClockByThePausedDays(LocalDate start, int amount, Unit unit, String pauses, LocalDate today,
            LocalDate expected, String why) {
        DeadlineRule rule = new DeadlineRule(amount, unit);
        List<Pause> parsed = parsePauses(pauses);
        LocalDate due = today == null ? calculator.due(start, rule, parsed) : calculator.due(start, rule, parsed, today);
        assertEquals(expected, due);
    }

    @Test
    void needsTodayWhileTheClockIsPaused() {
        List<Pause> ongoing = List.of(Pause.ongoingSince(LocalDate.of(2025, 4, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> calculator.due(LocalDate.of(2025, 3, 3), DeadlineRule.naturalDays(90), ongoing));
    }

    @Test
    void refusesAPauseThatResumesBeforeItBegins() {
        assertThrows(IllegalArgumentException.class,
                () -> new Pause(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 9)));
    }

    @Test
    void refusesEmptyOrBackwardPeriods() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineRule.workingDays(0));
        assertThrows(IllegalArgumentException.class, () -> calculator.addWorkingDays(LocalDate.of(2025, 3, 10), -1));
        assertThrows(IllegalArgumentException.class, () -> calculator.addNaturalDays(LocalDate.of(2025, 3, 10), -1));
        assertThrows(IllegalArgumentException.class, () -> calculator.addMonths(LocalDate.of(2025, 3, 10), -1));
    }

    /**
     * 2027 is not in the table yet: its holidays come from the law, and a due date counted over it is
     * provisional. In 2027 初一 and 初二 fall on a weekend, so Spring Festival runs from Friday 5 to
     * Wednesday 10 February.
     */
    @ParameterizedTest(name = "{0} + {1} {2} → {3}, provisional {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-19 | 15 | WORKING_DAYS | 2027-01-11 | true  | penalty lead check across New Year's Day 2027 (Friday)
            2026-12-17 | 15 | NATURAL_DAYS | 2027-01-04 | true  | ends on New Year's Day
            2026-12-18 | 15 | NATURAL_DAYS | 2027-01-04 | true  | ends on a Saturday
            2027-01-21 | 15 | NATURAL_DAYS | 2027-02-11 | true  | ends on 除夕; moves past Spring Festival and its days off
            2026-11-05 | 3  | MONTHS       | 2027-02-11 | true  | ends on 除夕
            2027-01-29 | 5  | WORKING_DAYS | 2027-02-11 | true  | 1-4 February, then the first day after Spring Festival
            2026-02-02 | 15 | WORKING_DAYS | 2026-02-28 | false | inside the table
            2026-12-16 | 10 | WORKING_DAYS | 2026-12-30 | false | ends before the year the table lacks
            2024-12-31 | 5  | WORKING_DAYS | 2025-01-08 | false | the start day is not counted, so 2024 plays no part
            """)
    void countsTheLawWhereTheTableEnds(LocalDate start, int amount, Unit unit, LocalDate expected, boolean provisional,
            String why) {
        LocalDate due = calculator.due(start, new DeadlineRule(amount, unit));
        assertEquals(expected, due);
        assertEquals(provisional, calculator.isProvisional(start, due));
    }

    private static List<Pause> parsePauses(String pauses) {
        if (pauses == null) {
            return List.of();
        }
        return Arrays.stream(pauses.split(";"))
                .map(String::strip)
                .map(pause -> {
                    String[] ends = pause.split("\\.\\.", -1);
                    LocalDate resumed = ends[1].isEmpty() ? null : LocalDate.parse(ends[1]);
                    return new Pause(LocalDate.parse(ends[0]), resumed);
                })
                .toList();
    }

    /**
     * An extension counts on from the period's own last day, as one period with it: 1 month from 2026-09-01 ends on
     * National Day (moved to 10-08); extended by a month it is 2 months from the start (11-01, a Sunday → 11-02), not a
     * month from the moved day (11-09).
     */
    @Test
    void anExtensionMakesOnePeriodWithThePeriodItExtends() {
        DeadlineRule month = DeadlineRule.months(1);
        assertEquals(LocalDate.of(2026, 10, 8), calculator.due(LocalDate.of(2026, 9, 1), month));
        assertEquals(LocalDate.of(2026, 11, 2), calculator.due(LocalDate.of(2026, 9, 1), month.extendedBy(month, 1)));
        assertEquals(DeadlineRule.naturalDays(120), DeadlineRule.naturalDays(90).extendedBy(DeadlineRule.naturalDays(30), 1));
        assertEquals(DeadlineRule.workingDays(15), DeadlineRule.workingDays(15).extendedBy(DeadlineRule.workingDays(15), 0));
        assertThrows(IllegalArgumentException.class, () -> month.extendedBy(DeadlineRule.naturalDays(30), 1));
    }
}
