package io.ipcase.kit.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The holiday calendar every deadline is counted on. The State Council publishes next year's
 * arrangement each November; a deployment can point {@code ipcase.calendar.holiday-table} at an
 * updated file instead of waiting for a release that carries it.
 */
public class Calendars {

    @Produces
    @Singleton
    HolidayCalendar holidayCalendar(@ConfigProperty(name = "ipcase.calendar.holiday-table") Optional<Path> table) {
        if (table.isEmpty()) {
            return HolidayCalendar.load();
        }
        try (Reader csv = Files.newBufferedReader(table.get(), StandardCharsets.UTF_8)) {
            return HolidayCalendar.fromCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday table " + table.get(), e);
        }
    }

    @Produces
    @Singleton
    DeadlineCalculator deadlineCalculator(HolidayCalendar calendar) {
        return new DeadlineCalculator(calendar);
    }
}
