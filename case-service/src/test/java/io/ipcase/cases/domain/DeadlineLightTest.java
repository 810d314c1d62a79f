package io.ipcase.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.calendar.HolidayCalendar;

/** The work list's lights on the real holiday table: working days counted after today up to the due date. */
class DeadlineLightTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.load();

    @ParameterizedTest(name = "{0}: due {1}, today {2} → {3} working days, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            far ahead, 端午 on the 19th                  | 2026-06-30 | 2026-06-01 | 20 | GREEN
            four working days: still green              | 2026-03-02 | 2026-02-25 | 4  | GREEN
            three, with the Saturday worked after 春节   | 2026-03-02 | 2026-02-26 | 3  | AMBER
            over 春节: two working days in eleven        | 2026-02-24 | 2026-02-13 | 2  | AMBER
            over 国庆: one working day in nine           | 2025-10-09 | 2025-09-30 | 1  | AMBER
            before 国庆 with the Sunday worked           | 2025-10-09 | 2025-09-26 | 4  | GREEN
            the due day itself                          | 2026-12-31 | 2026-12-31 | 0  | AMBER
            month end to the next month                 | 2026-12-01 | 2026-11-30 | 1  | AMBER
            one day overdue                             | 2026-12-01 | 2026-12-02 | 0  | RED
            overdue across a year                       | 2025-12-31 | 2026-01-05 | 0  | RED
            """)
    void lights(String what, LocalDate due, LocalDate today, int workingDaysLeft, DeadlineLight light) {
        assertThat(DeadlineLight.workingDaysLeft(due, today, CALENDAR::isWorkingDay)).isEqualTo(workingDaysLeft);
        assertThat(DeadlineLight.of(due, today, CALENDAR::isWorkingDay, 3)).isEqualTo(light);
    }
}
