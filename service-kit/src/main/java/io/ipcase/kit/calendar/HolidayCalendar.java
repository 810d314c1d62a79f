package io.ipcase.kit.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The State Council's holiday and make-up-workday (调休) arrangement, kept as data because it is
 * published anew each November. Days of years the table does not list are computed from the law
 * ({@link StatutoryHolidays}): weekends, holidays and the days off in lieu of them, but not the
 * weekends the arrangement will move, so a date counted on such a year is provisional; callers
 * tell with {@link #covers(LocalDate)} or {@link #isArranged(LocalDate, LocalDate)}
 * (docs/domain.md, Case periods).
 */
public final class HolidayCalendar {

    private static final String DEFAULT_RESOURCE = "/ipcase/calendar/cn-holidays.csv";
    private static final String HEADER = "date,kind,label";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private enum Kind {
        OFF, WORK
    }

    private final Map<LocalDate, Kind> arrangedDays;
    private final Set<Integer> years;
    private final Map<Integer, StatutoryHolidays> computedYears = new ConcurrentHashMap<>();

    private HolidayCalendar(Map<LocalDate, Kind> arrangedDays) {
        this.arrangedDays = Map.copyOf(arrangedDays);
        Set<Integer> listedYears = new TreeSet<>();
        arrangedDays.keySet().forEach(day -> listedYears.add(day.getYear()));
        this.years = Collections.unmodifiableSet(listedYears);
    }

    public static HolidayCalendar load() {
        InputStream table = HolidayCalendar.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (table == null) {
            throw new IllegalStateException("holiday table " + DEFAULT_RESOURCE + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(table, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Reads {@code date,kind,label} rows after a header row; blank lines and lines starting with
     * {@code #} are skipped. The label is for people reading the file. A mistyped row would
     * silently shift statutory deadlines, so any doubtful row fails the whole table.
     */
    public static HolidayCalendar fromCsv(Reader csv) {
        Map<LocalDate, Kind> arrangedDays = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            BufferedReader lines = new BufferedReader(csv);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                // Spreadsheet programs put a byte order mark in front of the header when saving UTF-8.
                String row = (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line).strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!row.equals(HEADER)) {
                        throw invalid(lineNumber, "expected the header '" + HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                readRow(row, lineNumber, arrangedDays);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday table", e);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("holiday table is empty: expected the header '" + HEADER + "'");
        }
        return new HolidayCalendar(arrangedDays);
    }

    /**
     * Whether the day is a working day: by the table for a year it lists, otherwise by the law. A
     * year the law's holidays are not computed for (before {@link StatutoryHolidays#FIRST_YEAR} or
     * after {@link StatutoryHolidays#LAST_YEAR}, dates no real case has) counts weekends only, so a
     * wild date in a request is a provisional due date, never a failure.
     */
    public boolean isWorkingDay(LocalDate day) {
        if (covers(day)) {
            Kind arranged = arrangedDays.get(day);
            return arranged == null ? !isWeekend(day) : arranged == Kind.WORK;
        }
        if (day.getYear() < StatutoryHolidays.FIRST_YEAR || day.getYear() > StatutoryHolidays.LAST_YEAR) {
            return !isWeekend(day);
        }
        return !isWeekend(day) && !statutoryHolidaysOf(day.getYear()).isDayOff(day);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Whether the arrangement for this day's year is in the table, i.e. whether the answer is authoritative. */
    public boolean covers(LocalDate day) {
        return years.contains(day.getYear());
    }

    /**
     * Whether the table lists every year from {@code from} to {@code to}, both included, so that
     * working days counted between them follow the published arrangement. False means a date
     * counted over them rests on computed holidays and may move once the arrangement is published.
     * An empty stretch ({@code to} before {@code from}) counts no day, so it is arranged.
     */
    public boolean isArranged(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return true;
        }
        return IntStream.rangeClosed(from.getYear(), to.getYear()).allMatch(years::contains);
    }

    public Set<Integer> years() {
        return years;
    }

    private StatutoryHolidays statutoryHolidaysOf(int year) {
        return computedYears.computeIfAbsent(year, StatutoryHolidays::of);
    }

    private static void readRow(String row, int lineNumber, Map<LocalDate, Kind> arrangedDays) {
        String[] fields = row.split(",", 3);
        if (fields.length < 2) {
            throw invalid(lineNumber, "expected date,kind,label");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw invalid(lineNumber, "'" + fields[0] + "' is not an ISO date");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(fields[1].strip());
        } catch (IllegalArgumentException e) {
            throw invalid(lineNumber, "kind must be OFF or WORK, not '" + fields[1] + "'");
        }
        // Make-up workdays only ever replace a weekend day; one on a weekday means a typo in the date.
        if (kind == Kind.WORK && !isWeekend(day)) {
            throw invalid(lineNumber, day + " is a " + day.getDayOfWeek() + ", so it cannot be a make-up workday");
        }
        if (arrangedDays.putIfAbsent(day, kind) != null) {
            throw invalid(lineNumber, day + " is listed twice");
        }
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    private static IllegalArgumentException invalid(int lineNumber, String problem) {
        return new IllegalArgumentException("holiday table line " + lineNumber + ": " + problem);
    }
}
