package io.ipcase.console.mapping;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the pages write times and money: every instant in China time (the services keep UTC), dates
 * as the law counts them, amounts in yuan with two decimals.
 */
public final class Format {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String lang;

    public Format(String lang) {
        this.lang = lang;
    }

    /** an ISO instant from a service, as a China-time minute */
    public String time(Object isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return MINUTES.format(Instant.parse(isoInstant.toString()).atZone(CHINA));
        } catch (DateTimeParseException e) {
            return isoInstant.toString();
        }
    }

    public String date(Object isoDate) {
        return isoDate == null ? "" : isoDate.toString();
    }

    /** an amount in yuan: ¥1,234.50 */
    public String yuan(Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(value);
    }

    /** today in China, the day the statutory clocks count by */
    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    public String lang() {
        return lang;
    }
}
