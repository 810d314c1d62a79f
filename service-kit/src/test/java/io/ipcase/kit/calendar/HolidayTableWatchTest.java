package io.ipcase.kit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayTableWatchTest {

    /** the shipped table lists 2025 and 2026 */
    private static final HolidayCalendar SHIPPED = HolidayCalendar.load();
    private static final HolidayCalendar WITH_2027 = HolidayCalendar.fromCsv(new StringReader("""
            date,kind,label
            2026-01-01,OFF,元旦
            2027-01-01,OFF,元旦
            """));

    @ParameterizedTest(name = "{0}: shipped table warns {1}, table with 2027 warns {2}")
    @CsvSource(textBlock = """
            2026-06-30, false, false
            2026-10-31, false, false
            2026-11-01, true,  false
            2026-12-31, true,  false
            2027-01-01, true,  false
            2024-12-31, true,  true
            """)
    void warnsOfAMissingYearBeforeItMatters(LocalDate today, boolean shippedWarns, boolean with2027Warns) {
        assertEquals(shippedWarns, HolidayTableWatch.gap(SHIPPED, today) != null);
        assertEquals(with2027Warns, HolidayTableWatch.gap(WITH_2027, today) != null, "table listing 2026 and 2027");
    }
}
