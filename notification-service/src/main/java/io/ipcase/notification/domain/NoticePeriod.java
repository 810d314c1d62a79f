package io.ipcase.notification.domain;

/** A period a notice states, counted from the day the party receives the document (not a date: the day of receipt is the party's). */
public record NoticePeriod(int amount, Unit unit) {

    public enum Unit {
        DAYS, MONTHS
    }

    public static NoticePeriod days(int amount) {
        return new NoticePeriod(amount, Unit.DAYS);
    }

    public static NoticePeriod months(int amount) {
        return new NoticePeriod(amount, Unit.MONTHS);
    }
}
