package io.ipcase.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.ipcase.kit.calendar.HolidayCalendar;

/**
 * The periods on the real holiday calendar, at its edges. An extension is counted with the period it extends, from
 * the original start, and the end is moved off a holiday once — so where a holiday moved the first end, the extended
 * end is not counted on from the moved day (docs/domain.md, "Extensions"; 《民事诉讼法》 Art. 85).
 */
class StatutoryMediationPeriodsTest {

    static final MediationPeriods PERIODS = new StatutoryMediationPeriods(new DeadlineCalculator(HolidayCalendar.load()),
            Map.of(MediationKind.PEOPLES, DeadlineRule.months(1), MediationKind.ADMINISTRATIVE, DeadlineRule.months(2), MediationKind.JUDICIAL,
                    DeadlineRule.naturalDays(30)),
            Map.of(MediationKind.PEOPLES, DeadlineRule.months(1), MediationKind.ADMINISTRATIVE, DeadlineRule.months(1), MediationKind.JUDICIAL,
                    DeadlineRule.naturalDays(30)),
            DeadlineRule.naturalDays(30), DeadlineRule.naturalDays(3), DeadlineRule.naturalDays(15), DeadlineRule.naturalDays(10),
            DeadlineRule.months(24));

    /** The court decides within 15 days of accepting, and once within 25 with approval (法释〔2011〕5号). */
    @ParameterizedTest(name = "accepted {0}: due {1}, extended {2} — {3}")
    @CsvSource(textBlock = """
            2026-12-20, 2027-01-04, 2027-01-14, no holiday at either end (the review's example: both readings agree)
            2026-12-17, 2027-01-04, 2027-01-11, 15 days end on New Year's Day; 25 days end on Monday 11 January, not 10 days after the 4th
            2026-09-16, 2026-10-08, 2026-10-12, 15 days end on National Day; 25 days end on Sunday 11 October, so Monday — not 18 October
            2026-10-01, 2026-10-16, 2026-10-26, accepted during a holiday: the period still runs from the day after
            2027-01-20, 2027-02-04, 2027-02-15, 25 days end in the Spring Festival week and move past it once
            2026-12-16, 2026-12-31, 2027-01-11, the first end is a working day; the extension crosses New Year and ends on a Sunday
            """)
    void theCourtsPeriodAndItsExtensionAreOnePeriod(LocalDate acceptedOn, LocalDate due, LocalDate extendedDue, String why) {
        assertThat(PERIODS.courtDecisionDue(acceptedOn, false)).as(why).isEqualTo(due);
        assertThat(PERIODS.courtDecisionDue(acceptedOn, true)).as(why).isEqualTo(extendedDue);
    }

    /** A time limit in months, and its one extension of a month, from the opening (month ends, holidays). */
    @ParameterizedTest(name = "{0} opened {1}: due {2}, extended {3} — {4}")
    @CsvSource(textBlock = """
            PEOPLES,        2026-09-01, 2026-10-08, 2026-11-02, docs/domain.md's example: National Day moves the first end only
            PEOPLES,        2027-01-31, 2027-03-01, 2027-03-31, a month from 31 January ends on Sunday 28 February; two months on 31 March — not 1 April
            PEOPLES,        2026-12-31, 2027-02-01, 2027-03-01, a month ends on Sunday 31 January; two months on Sunday 28 February
            ADMINISTRATIVE, 2026-08-01, 2026-10-08, 2026-11-02, two months end on National Day; three on Sunday 1 November
            ADMINISTRATIVE, 2028-02-29, 2028-05-03, 2028-05-30, a leap day (a year the law computes): two months end on Saturday 29 April before Labour Day; three on Monday 29 May, off for 端午 on Sunday 28 May
            JUDICIAL,       2026-09-01, 2026-10-08, 2026-11-02, 30 days end on National Day; 60 days on Saturday 31 October, so Monday — not 7 November
            """)
    void aTimeLimitAndItsExtensionAreOnePeriod(MediationKind kind, LocalDate openedOn, LocalDate due, LocalDate extendedDue, String why) {
        assertThat(PERIODS.due(kind, openedOn)).as(why).isEqualTo(due);
        assertThat(PERIODS.extendedDue(kind, openedOn)).as(why).isEqualTo(extendedDue);
    }

    /** The court accepts within 3 days of the application; the parties apply within 30 days of the agreement. */
    @ParameterizedTest(name = "{0}: accept by {1}, apply by {2}")
    @CsvSource(textBlock = """
            2026-09-28, 2026-10-08, 2026-10-28
            2026-12-29, 2027-01-04, 2027-01-28
            2027-02-28, 2027-03-03, 2027-03-30
            """)
    void theCourtAcceptsAndThePartiesApplyInTime(LocalDate on, LocalDate acceptBy, LocalDate applyBy) {
        assertThat(PERIODS.courtAcceptanceDue(on)).isEqualTo(acceptBy);
        assertThat(PERIODS.confirmationDeadline(on)).isEqualTo(applyBy);
    }

    /** A party applies for enforcement within two years of the agreement's last day of performance (民事诉讼法 Art. 250). */
    @ParameterizedTest(name = "last term {0}: apply by {1} — {2}")
    @CsvSource(textBlock = """
            2024-12-10, 2026-12-10, a working day two years on
            2024-10-01, 2026-10-08, two years end on National Day
            2024-02-29, 2026-02-28, from a leap day: 28 February 2026, a Saturday worked in exchange for Spring Festival
            2025-01-31, 2027-02-01, two years end on Sunday 31 January
            """)
    void enforcementIsAppliedForWithinTwoYears(LocalDate lastTermDeadline, LocalDate applyBy, String why) {
        assertThat(PERIODS.enforcementApplicationDeadline(lastTermDeadline)).as(why).isEqualTo(applyBy);
    }
}
