package io.ipcase.kit.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.ipcase.kit.time.IpcaseClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Says, before it matters, that the holiday table lacks a year: deadlines in a year it does not
 * list are counted on the holidays the law sets and are provisional, since the State Council's
 * arrangement (make-up workdays, days moved) may still shift them.
 */
@Singleton
public class HolidayTableWatch {

    private static final Logger LOG = Logger.getLogger(HolidayTableWatch.class);

    private final HolidayCalendar calendar;
    private final IpcaseClock clock;

    HolidayTableWatch(HolidayCalendar calendar, IpcaseClock clock, MeterRegistry registry) {
        this.calendar = calendar;
        this.clock = clock;
        registry.gauge("ipcase.calendar.last.year", Collections.emptyList(), calendar,
                c -> c.years().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    void onStart(@Observes StartupEvent startup) {
        check();
    }

    @Scheduled(cron = "0 0 6 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        String gap = gap(calendar, clock.today());
        if (gap != null) {
            LOG.warn(gap);
        }
    }

    /** What is missing from the table as of today, or null: this year always, next year from November. */
    static String gap(HolidayCalendar calendar, LocalDate today) {
        if (!calendar.covers(today)) {
            return "the holiday table has no arrangement for " + today.getYear()
                    + ": working-day deadlines are counted on the law's holidays and marked provisional; set ipcase.calendar.holiday-table to a table that lists it";
        }
        LocalDate nextYear = today.plusYears(1);
        if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !calendar.covers(nextYear)) {
            return "the holiday table has no arrangement for " + nextYear.getYear()
                    + " yet: add the State Council's arrangement once published (ipcase.calendar.holiday-table)";
        }
        return null;
    }
}
