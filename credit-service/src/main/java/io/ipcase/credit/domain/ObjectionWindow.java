package io.ipcase.credit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.ipcase.kit.calendar.DeadlineCalculator;
import io.ipcase.kit.calendar.DeadlineCalculator.DeadlineRule;

/**
 * When the subject's time to state its case runs (docs/domain.md, "The notice and the objection window"): from
 * the day the notice of the proposal reached the subject, not from the day it was proposed; a subject the notice could
 * not reach is told by public announcement (公告), and is taken as served when the announcement period has passed.
 */
public final class ObjectionWindow {

    private final DeadlineCalculator calculator;
    private final DeadlineRule window;
    private final DeadlineRule announcementPeriod;

    /**
     * @param window the time to state its case after being served (陈述申辩期限)
     * @param announcementPeriod how long after its publication an announcement counts as served (公告期)
     */
    public ObjectionWindow(DeadlineCalculator calculator, DeadlineRule window, DeadlineRule announcementPeriod) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.window = Objects.requireNonNull(window, "window");
        this.announcementPeriod = Objects.requireNonNull(announcementPeriod, "announcementPeriod");
    }

    /** The day of receipt is the calendar day in China time on which the notice reached the subject. */
    public static LocalDate dayOfReceipt(Instant deliveredAt, ZoneId china) {
        return LocalDate.ofInstant(deliveredAt, china);
    }

    /**
     * The last day the subject may state its case, served on {@code servedOn}: that day is not counted, and a window in
     * working days never ends on a holiday.
     */
    public LocalDate due(LocalDate servedOn) {
        return calculator.due(servedOn, window);
    }

    /**
     * The day an announcement published on {@code announcedOn} counts as served: the announcement period after it, that
     * day not counted. The day is not moved off a holiday: nobody must act by it, and the window counted from it is.
     */
    public LocalDate servedByAnnouncement(LocalDate announcedOn) {
        return switch (announcementPeriod.unit()) {
            case NATURAL_DAYS -> announcedOn.plusDays(announcementPeriod.amount());
            case MONTHS -> announcedOn.plusMonths(announcementPeriod.amount());
            case WORKING_DAYS -> calculator.addWorkingDays(announcedOn, announcementPeriod.amount());
        };
    }
}
