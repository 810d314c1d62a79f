package io.ipcase.kit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" for domain rules and schedulers. Statutory days are counted in the
 * bureau's zone ({@code ipcase.time-zone}). Tests, and the local stack's demo, may fix or move it
 * when {@code ipcase.clock.adjustable} is set; production cannot (a prod start refuses it).
 */
@ApplicationScoped
public class IpcaseClock {

    private final ZoneId zone;
    private final boolean adjustable;
    private volatile Clock clock;

    public IpcaseClock(@ConfigProperty(name = "ipcase.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            @ConfigProperty(name = "ipcase.clock.adjustable", defaultValue = "false") boolean adjustable) {
        this.zone = zone;
        this.adjustable = adjustable;
        this.clock = Clock.system(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public OffsetDateTime nowOffset() {
        return OffsetDateTime.ofInstant(clock.instant(), zone);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public void fixAt(Instant instant) {
        requireAdjustable();
        clock = Clock.fixed(instant, zone);
    }

    public void fixAt(LocalDate day) {
        fixAt(day.atTime(10, 0).atZone(zone).toInstant());
    }

    public void advance(Duration duration) {
        requireAdjustable();
        clock = Clock.fixed(clock.instant().plus(duration), zone);
    }

    /** Moves the running clock by the given amount; it keeps running (the local stack's demo of deadlines). */
    public void shift(Duration duration) {
        requireAdjustable();
        clock = Clock.offset(clock, duration);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public void useSystemClock() {
        requireAdjustable();
        clock = Clock.system(zone);
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("the clock can only be adjusted where ipcase.clock.adjustable=true (tests, the local stack)");
        }
    }
}
