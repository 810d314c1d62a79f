package io.ipcase.kit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.load();

    @ParameterizedTest(name = "{0} working: {1} ({2})")
    @CsvSource(textBlock = """
            2025-03-10, true,  ordinary Monday
            2025-03-08, false, ordinary Saturday
            2025-01-01, false, New Year (Wednesday)
            2025-01-26, true,  make-up Sunday before Spring Festival
            2025-01-28, false, Spring Festival eve
            2025-02-04, false, last day of Spring Festival (Tuesday)
            2025-02-08, true,  make-up Saturday after Spring Festival
            2025-04-04, false, Qingming (Friday)
            2025-04-27, true,  make-up Sunday before Labour Day
            2025-05-05, false, last day of Labour Day (Monday)
            2025-06-02, false, Dragon Boat (Monday)
            2025-09-28, true,  make-up Sunday before National Day
            2025-10-01, false, National Day
            2025-10-08, false, last day of National Day and Mid-Autumn (Wednesday)
            2025-10-09, true,  first working day after National Day
            2025-10-11, true,  make-up Saturday after National Day
            2025-10-12, false, the Sunday after it
            2026-01-02, false, New Year (Friday)
            2026-01-04, true,  make-up Sunday after New Year
            2026-02-13, true,  last Friday before Spring Festival
            2026-02-14, true,  make-up Saturday before Spring Festival
            2026-02-15, false, first day of Spring Festival (Sunday)
            2026-02-23, false, last day of Spring Festival (Monday)
            2026-02-24, true,  first working day after Spring Festival
            2026-02-28, true,  make-up Saturday after Spring Festival
            2026-03-01, false, the Sunday after it
            2026-04-06, false, Qingming (Monday)
            2026-05-09, true,  make-up Saturday after Labour Day
            2026-06-19, false, Dragon Boat (Friday)
            2026-09-20, true,  make-up Sunday before Mid-Autumn
            2026-09-25, false, Mid-Autumn (Friday)
            2026-10-07, false, last day of National Day (Wednesday)
            2026-10-08, true,  first working day after National Day
            2026-10-10, true,  make-up Saturday after National Day
            """)
    void knowsHolidaysAndMakeUpWorkdays(LocalDate day, boolean working, String why) {
        assertEquals(working, CALENDAR.isWorkingDay(day));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(textBlock = """
            2025-12-31, 2025-12-31, already a working day
            2026-02-14, 2026-02-14, make-up Saturday is a working day
            2026-02-15, 2026-02-24, across Spring Festival
            2025-10-01, 2025-10-09, across National Day
            2025-10-12, 2025-10-13, plain Sunday
            2026-01-01, 2026-01-04, New Year ends on a make-up Sunday
            2025-05-31, 2025-06-03, Dragon Boat from Saturday to Monday
            """)
    void movesToTheNextWorkingDay(LocalDate day, LocalDate next, String why) {
        assertEquals(next, CALENDAR.nextWorkingDayOnOrAfter(day));
    }

    /** 365 days − 104 weekend days − 13 statutory holiday days: a typo in the table changes the count. */
    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource(textBlock = """
            2025, 248
            2026, 248
            """)
    void countsTheWorkingDaysOfEachListedYear(int year, int workingDays) {
        LocalDate first = Year.of(year).atDay(1);
        long counted = first.datesUntil(first.plusYears(1)).filter(CALENDAR::isWorkingDay).count();
        assertEquals(workingDays, counted);
    }

    @Test
    void listsTheYearsOfTheTable() {
        assertEquals(Set.of(2025, 2026), CALENDAR.years());
    }

    @ParameterizedTest(name = "{0} covered: {1}")
    @CsvSource(textBlock = """
            2024-12-31, false
            2025-01-01, true
            2026-12-31, true
            2027-01-01, false
            """)
    void coversOnlyListedYears(LocalDate day, boolean covered) {
        assertEquals(covered, CALENDAR.covers(day));
    }

    /** 2027 is not in the table: its days come from the law (StatutoryHolidays). */
    @ParameterizedTest(name = "{0} working: {1} ({2})")
    @CsvSource(textBlock = """
            2027-01-01, false, New Year (Friday)
            2027-01-02, false, Saturday
            2027-01-04, true,  first working day of the year
            2027-02-04, true,  Thursday before Spring Festival
            2027-02-05, false, Spring Festival eve (Friday)
            2027-02-08, false, last day of Spring Festival (Monday)
            2027-02-09, false, day off for 初一 on a Saturday
            2027-02-10, false, day off for 初二 on a Sunday
            2027-02-11, true,  first working day after Spring Festival
            2027-04-05, false, Qingming (Monday)
            2027-05-03, false, day off for Labour Day on a Saturday
            2027-05-04, false, day off for its second day on a Sunday
            2027-05-05, true,  ordinary Wednesday
            2027-06-09, false, Dragon Boat (Wednesday)
            2027-09-15, false, Mid-Autumn (Wednesday)
            2027-10-05, false, day off for 3 October on a Sunday
            2027-10-06, true,  ordinary Wednesday
            2024-02-09, true,  Spring Festival eve was no holiday before 2025
            2024-02-12, false, 初三 in 2024 (Monday)
            """)
    void computesTheYearsTheTableDoesNotList(LocalDate day, boolean working, String why) {
        assertEquals(working, CALENDAR.isWorkingDay(day));
    }

    /**
     * Days that are not weekends, less the holidays and a day off for each holiday on a weekend:
     * 2024 by the 2013 law (11 holidays), 2027 and 2028 by the 2024 law (13, of which 中秋 falls on
     * 3 October in 2028).
     */
    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource(textBlock = """
            2024, 251
            2027, 248
            2028, 248
            """)
    void countsTheWorkingDaysOfComputedYears(int year, int workingDays) {
        LocalDate first = Year.of(year).atDay(1);
        long counted = first.datesUntil(first.plusYears(1)).filter(CALENDAR::isWorkingDay).count();
        assertEquals(workingDays, counted);
    }

    /** A date no real case has (a request may carry one) counts weekends only: a provisional answer, never a failure. */
    @Test
    void aDayItCanNeitherLookUpNorComputeCountsWeekendsOnly() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2100, 1, 1)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2100, 1, 2)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(1950, 10, 2)));
        assertFalse(CALENDAR.isArranged(LocalDate.of(2100, 1, 1), LocalDate.of(2100, 1, 2)));
    }

    @ParameterizedTest(name = "{0}..{1} arranged: {2} ({3})")
    @CsvSource(textBlock = """
            2025-01-01, 2026-12-31, true,  both years in the table
            2026-03-02, 2026-03-20, true,  inside one listed year
            2026-12-20, 2027-01-11, false, into 2027
            2024-12-31, 2025-01-10, false, from 2024
            2027-01-02, 2027-01-01, true,  no day at all
            """)
    void tellsWhetherAStretchIsArranged(LocalDate from, LocalDate to, boolean arranged, String why) {
        assertEquals(arranged, CALENDAR.isArranged(from, to));
    }

    @Test
    void readsCommentsBlankLinesAndAByteOrderMark() {
        HolidayCalendar calendar = HolidayCalendar.fromCsv(new StringReader("""
                \uFEFF# arrangement for testing
                date,kind,label

                # National Day
                2027-10-01,OFF,国庆节
                2027-10-09,WORK,国庆节调休, with a comma in the label
                """));
        assertEquals(Set.of(2027), calendar.years());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 10, 9)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(textBlock = """
            '2025-13-01,OFF,x',       no month 13
            '2025/10/02,OFF,x',       not an ISO date
            '2025-10-02,HOLIDAY,x',   unknown kind
            '2025-10-02,off,x',       lower-case kind
            '2025-10-02',             kind missing
            '2025-10-09,WORK,x',      make-up workday on a Thursday
            '2025-10-01,OFF,again',   date listed twice
            """)
    void refusesDoubtfulRows(String row, String why) {
        String table = "date,kind,label\n2025-10-01,OFF,国庆节\n" + row + "\n";
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.fromCsv(new StringReader(table)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            '2025-10-01,OFF,国庆节'
            '# only a comment'
            ''
            """)
    void refusesATableWithoutHeader(String content) {
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.fromCsv(new StringReader(content)));
    }
}
