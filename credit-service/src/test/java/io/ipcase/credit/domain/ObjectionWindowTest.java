package io.ipcase.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;
import io.ipcase.kit.calendar.HolidayCalendar;

/**
 * The subject's objection window on the real holiday calendar (docs/domain.md, "The notice and the objection window"):
 * 5 working days from the day the notice reached it in China time, that day not counted; by announcement, 30 days after
 * its publication, that day not counted and not moved off a holiday, and then the same 5 working days.
 */
class ObjectionWindowTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final ObjectionWindow WINDOW = new ObjectionWindow(new DeadlineCalculator(HolidayCalendar.load()), DeadlineRule.workingDays(5),
            DeadlineRule.naturalDays(30));

    @ParameterizedTest(name = "delivered {0}: received {1}, state its case until {2} — {3}")
    @CsvSource(textBlock = """
            2026-05-20T15:59:59Z, 2026-05-20, 2026-05-27, 23:59:59 China time is still Wednesday: five working days to the next Wednesday
            2026-05-20T16:00:00Z, 2026-05-21, 2026-05-28, midnight China time is Thursday (the UTC date is still the 20th)
            2026-04-30T15:59:59Z, 2026-04-30, 2026-05-11, received the day before Labour Day: 1-5 May off, Saturday 9 May a make-up working day
            2026-04-30T16:00:00Z, 2026-05-01, 2026-05-11, received on Labour Day itself: the holiday is not counted either way
            2026-09-18T08:00:00Z, 2026-09-18, 2026-09-24, Sunday 20 September is a make-up working day and counts
            2026-09-30T01:00:00Z, 2026-09-30, 2026-10-13, National Day week off; Saturday 10 October counts
            2026-02-27T15:59:59Z, 2026-02-27, 2026-03-05, the month's last Friday: Saturday 28 February is a make-up working day
            2026-02-27T16:00:00Z, 2026-02-28, 2026-03-06, midnight China time is the 28th: the window crosses the month end from there
            """)
    void theWindowRunsFromTheDayOfReceiptInChinaTime(Instant deliveredAt, LocalDate receivedOn, LocalDate due, String why) {
        assertThat(ObjectionWindow.dayOfReceipt(deliveredAt, CHINA)).as(why).isEqualTo(receivedOn);
        assertThat(WINDOW.due(receivedOn)).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "announced {0}: served {1}, state its case until {2} — {3}")
    @CsvSource(textBlock = """
            2026-06-01, 2026-07-01, 2026-07-08, thirty days after the publication; five working days after that
            2026-01-31, 2026-03-02, 2026-03-09, across February's 28 days
            2026-09-01, 2026-10-01, 2026-10-13, served on National Day, not moved: the window counted from it skips the holiday (moved to 8 October it would end on the 14th)
            2026-04-01, 2026-05-01, 2026-05-11, served on Labour Day: the window's first working day is 6 May
            """)
    void anAnnouncementServesWhenItsPeriodHasPassed(LocalDate announcedOn, LocalDate servedOn, LocalDate due, String why) {
        assertThat(WINDOW.servedByAnnouncement(announcedOn)).as(why).isEqualTo(servedOn);
        assertThat(WINDOW.due(servedOn)).as(why).isEqualTo(due);
    }
}
