package io.ipcase.kit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.ipcase.kit.calendar.StatutoryHolidays.Festival;

class StatutoryHolidaysTest {

    /**
     * Lunar dates as published for China. 腊月 has 29 days in some years, so 除夕 is not always the
     * 30th. ICU4J alone puts 正月初一 of 2027 on 7 February and of 2030 on 2 February, its new moons
     * falling a few minutes on the wrong side of midnight.
     */
    @ParameterizedTest(name = "{0}: 除夕 {1}, 初一 {2}, 腊月 of {3} days, 端午 {4}, 中秋 {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            2008 | 2008-02-06 | 2008-02-07 | 30 | 2008-06-08 | 2008-09-14 | first year with lunar holidays besides Spring Festival
            2013 | 2013-02-09 | 2013-02-10 | 29 | 2013-06-12 | 2013-09-19 | 腊月二十九 is 除夕
            2014 | 2014-01-30 | 2014-01-31 | 30 | 2014-06-02 | 2014-09-08 | 腊月三十
            2020 | 2020-01-24 | 2020-01-25 | 30 | 2020-06-25 | 2020-10-01 | leap 4th month before 端午; 中秋 on National Day
            2023 | 2023-01-21 | 2023-01-22 | 30 | 2023-06-22 | 2023-09-29 | leap 2nd month
            2024 | 2024-02-09 | 2024-02-10 | 30 | 2024-06-10 | 2024-09-17 | 腊月三十
            2025 | 2025-01-28 | 2025-01-29 | 29 | 2025-05-31 | 2025-10-06 | no 腊月三十; leap 6th month before 中秋
            2026 | 2026-02-16 | 2026-02-17 | 29 | 2026-06-19 | 2026-09-25 | no 腊月三十
            2027 | 2027-02-05 | 2027-02-06 | 29 | 2027-06-09 | 2027-09-15 | new moon at 23:56 on 6 February
            2028 | 2028-01-25 | 2028-01-26 | 29 | 2028-05-28 | 2028-10-03 | leap 5th month after 端午
            2030 | 2030-02-02 | 2030-02-03 | 30 | 2030-06-05 | 2030-09-12 | new moon just after midnight on 3 February
            2033 | 2033-01-30 | 2033-01-31 | 30 | 2033-06-01 | 2033-09-08 | leap 11th month later in the year
            """)
    void findsTheLunarFestivals(int year, LocalDate eve, LocalDate newYear, int daysOfTwelfthMonth, LocalDate dragonBoat,
            LocalDate midAutumn, String why) {
        LocalDate firstOfFirstMonth = LunarCalendar.firstDayOfMonth(year, 1);
        assertEquals(newYear, firstOfFirstMonth, "正月初一");
        assertEquals(eve, firstOfFirstMonth.minusDays(1), "除夕");
        assertEquals(daysOfTwelfthMonth,
                ChronoUnit.DAYS.between(LunarCalendar.firstDayOfMonth(year - 1, 12), firstOfFirstMonth), "days of 腊月");
        StatutoryHolidays holidays = StatutoryHolidays.of(year);
        assertEquals(List.of(dragonBoat), holidays.daysOf(Festival.DRAGON_BOAT), "端午");
        assertEquals(List.of(midAutumn), holidays.daysOf(Festival.MID_AUTUMN), "中秋");
    }

    /** The day of the 清明 solar term, as published for each year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2008-04-04
            2019-04-05
            2020-04-04
            2021-04-04
            2022-04-05
            2023-04-05
            2024-04-04
            2025-04-04
            2026-04-05
            2027-04-05
            2028-04-04
            2029-04-04
            2030-04-05
            """)
    void findsQingming(LocalDate qingming) {
        assertEquals(List.of(qingming), StatutoryHolidays.of(qingming.getYear()).daysOf(Festival.QINGMING));
    }

    /** Spring Festival and Labour Day changed with the 2013 and 2024 revisions. */
    @ParameterizedTest(name = "{0} {1}: {3} days from {2} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2008 | SPRING_FESTIVAL | 2008-02-06 | 3 | 2007 revision: 除夕 to 初二
            2013 | SPRING_FESTIVAL | 2013-02-09 | 3 | 2007 revision: 除夕 to 初二
            2014 | SPRING_FESTIVAL | 2014-01-31 | 3 | 2013 revision: 初一 to 初三
            2024 | SPRING_FESTIVAL | 2024-02-10 | 3 | 2013 revision: 除夕 is a working day
            2025 | SPRING_FESTIVAL | 2025-01-28 | 4 | 2024 revision: 除夕 to 初三
            2027 | SPRING_FESTIVAL | 2027-02-05 | 4 | 2024 revision
            2024 | LABOUR_DAY      | 2024-05-01 | 1 | before 2025
            2025 | LABOUR_DAY      | 2025-05-01 | 2 | from 2025
            2027 | NEW_YEAR        | 2027-01-01 | 1 | every year
            2027 | NATIONAL_DAY    | 2027-10-01 | 3 | every year
            """)
    void followsTheRevisionInForce(int year, Festival festival, LocalDate first, int days, String why) {
        List<LocalDate> expected = Stream.iterate(first, day -> day.plusDays(1)).limit(days).toList();
        assertEquals(expected, StatutoryHolidays.of(year).daysOf(festival));
    }

    /** Art. 6: each holiday on a weekend gives the next weekday that is neither a holiday nor already given. */
    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2022 | 2022-01-03; 2022-05-02; 2022-09-12; 2022-10-04; 2022-10-05 | 1 Jan a Saturday; 1 May a Sunday; 中秋 a Saturday; 1-2 Oct a weekend, after 3 Oct
            2027 | 2027-02-09; 2027-02-10; 2027-05-03; 2027-05-04; 2027-10-04; 2027-10-05 | 初一 and 初二 a weekend, after 初三 on Monday; 1-2 May and 2-3 Oct a weekend
            2028 | 2028-01-03; 2028-05-29; 2028-10-04 | 1 Jan a Saturday; 端午 a Sunday; 1 Oct a Sunday, after 2-3 Oct
            2026 | 2026-04-06; 2026-05-04; 2026-10-05 | Qingming a Sunday; 2 May and 3 Oct Saturdays: all three off in the published table too
            """)
    void givesADayOffForEachHolidayOnAWeekend(int year, String days, String why) {
        List<LocalDate> expected = Arrays.stream(days.split(";")).map(String::strip).map(LocalDate::parse).toList();
        assertEquals(expected, List.copyOf(StatutoryHolidays.of(year).compensationDays()));
    }

    /**
     * The computation against the published arrangement: every holiday the law sets is a day off in
     * each year of the shipped table (days off in lieu are left out: the State Council places those).
     */
    @Test
    void everyHolidayIsOffInThePublishedArrangement() {
        HolidayCalendar published = HolidayCalendar.load();
        for (int year : published.years()) {
            for (LocalDate holiday : StatutoryHolidays.of(year).holidays()) {
                assertFalse(published.isWorkingDay(holiday), holiday + " is a holiday by the law but a working day in the table");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 2007, 2100 })
    void refusesYearsItDoesNotCompute(int year) {
        assertThrows(IllegalArgumentException.class, () -> StatutoryHolidays.of(year));
    }
}
