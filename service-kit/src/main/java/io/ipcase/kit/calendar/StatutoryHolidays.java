package io.ipcase.kit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public holidays of one year as the law sets them, for years whose State Council arrangement is
 * not published yet (docs/domain.md, Case periods): the holidays of all citizens of
 * 《全国年节及纪念日放假办法》 Art. 2, and the day off on a working day that Art. 6 gives for each of
 * them falling on a Saturday or Sunday. The arrangement the State Council publishes also moves
 * weekends around holidays (调休), which no rule predicts; that is why a published table overrides
 * this.
 */
public final class StatutoryHolidays {

    /** The first year computed: Qingming, Dragon Boat and Mid-Autumn became holidays in 2008. */
    public static final int FIRST_YEAR = 2008;
    /** The last year computed: the rule for the day of Qingming holds to 2099. */
    public static final int LAST_YEAR = 2099;

    /** The holidays of all citizens, Art. 2. */
    public enum Festival {
        NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY
    }

    /** The versions of the law, by the first year each was in force for. */
    private enum Revision {
        /** The 2007 revision: Spring Festival 除夕 to 初二, Labour Day 1 May. */
        OF_2007(2008, -1, 3, 1),
        /** The 2013 revision: Spring Festival 初一 to 初三. */
        OF_2013(2014, 0, 3, 1),
        /** The 2024 revision: Spring Festival 除夕 to 初三, Labour Day 1 and 2 May. */
        OF_2024(2025, -1, 4, 2);

        private final int firstYear;
        /** Where the Spring Festival holiday starts, in days from 正月初一: −1 is 除夕. */
        private final int springFestivalStart;
        private final int springFestivalDays;
        private final int labourDays;

        Revision(int firstYear, int springFestivalStart, int springFestivalDays, int labourDays) {
            this.firstYear = firstYear;
            this.springFestivalStart = springFestivalStart;
            this.springFestivalDays = springFestivalDays;
            this.labourDays = labourDays;
        }

        static Revision inForceIn(int year) {
            Revision inForce = null;
            for (Revision revision : values()) {
                if (revision.firstYear <= year) {
                    inForce = revision;
                }
            }
            return inForce;
        }
    }

    private final int year;
    private final Map<Festival, List<LocalDate>> festivals;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> compensationDays;

    private StatutoryHolidays(int year) {
        Revision revision = Revision.inForceIn(year);
        LocalDate lunarNewYear = LunarCalendar.firstDayOfMonth(year, 1);
        Map<Festival, List<LocalDate>> days = new EnumMap<>(Festival.class);
        days.put(Festival.NEW_YEAR, consecutive(LocalDate.of(year, Month.JANUARY, 1), 1));
        days.put(Festival.SPRING_FESTIVAL,
                consecutive(lunarNewYear.plusDays(revision.springFestivalStart), revision.springFestivalDays));
        days.put(Festival.QINGMING, List.of(qingming(year)));
        days.put(Festival.LABOUR_DAY, consecutive(LocalDate.of(year, Month.MAY, 1), revision.labourDays));
        days.put(Festival.DRAGON_BOAT, List.of(LunarCalendar.firstDayOfMonth(year, 5).plusDays(4)));
        days.put(Festival.MID_AUTUMN, List.of(LunarCalendar.firstDayOfMonth(year, 8).plusDays(14)));
        days.put(Festival.NATIONAL_DAY, consecutive(LocalDate.of(year, Month.OCTOBER, 1), 3));
        this.year = year;
        this.festivals = Collections.unmodifiableMap(days);
        // Mid-Autumn can fall within National Day (2020, 2028): the day is one holiday, not two.
        this.holidays = Collections.unmodifiableSortedSet(
                new TreeSet<>(days.values().stream().flatMap(List::stream).toList()));
        this.compensationDays = Collections.unmodifiableSortedSet(compensationDaysFor(holidays));
    }

    /** The holidays of {@code year}, between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static StatutoryHolidays of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "statutory holidays are computed for " + FIRST_YEAR + " to " + LAST_YEAR + ", not for " + year);
        }
        return new StatutoryHolidays(year);
    }

    public int year() {
        return year;
    }

    /** The days of one festival, in order. */
    public List<LocalDate> daysOf(Festival festival) {
        return festivals.get(festival);
    }

    /** Every holiday day of Art. 2, whatever the day of the week. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** The working days given off by Art. 6 for holidays falling on a weekend. */
    public SortedSet<LocalDate> compensationDays() {
        return compensationDays;
    }

    /** Whether the day is a holiday or a day off in lieu of one; weekends are not counted here. */
    public boolean isDayOff(LocalDate day) {
        return holidays.contains(day) || compensationDays.contains(day);
    }

    /**
     * Art. 6 says only "on a working day". Each weekend holiday takes the first weekday after it that
     * is neither a holiday nor already given, so the days off follow the holiday and two weekend
     * holidays in a row give two of them.
     */
    private static SortedSet<LocalDate> compensationDaysFor(SortedSet<LocalDate> holidays) {
        SortedSet<LocalDate> given = new TreeSet<>();
        for (LocalDate holiday : holidays) {
            if (!isWeekend(holiday)) {
                continue;
            }
            LocalDate dayOff = holiday.plusDays(1);
            while (isWeekend(dayOff) || holidays.contains(dayOff) || given.contains(dayOff)) {
                dayOff = dayOff.plusDays(1);
            }
            given.add(dayOff);
        }
        return given;
    }

    /**
     * The day of the 清明 solar term (the sun at 15° of longitude), by the well-known rule for the
     * 21st century: day ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ of April, Y being the year within the century.
     */
    private static LocalDate qingming(int year) {
        int y = year % 100;
        return LocalDate.of(year, Month.APRIL, (int) Math.floor(y * 0.2422 + 4.81) - y / 4);
    }

    private static List<LocalDate> consecutive(LocalDate first, int days) {
        return Stream.iterate(first, day -> day.plusDays(1)).limit(days).toList();
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
