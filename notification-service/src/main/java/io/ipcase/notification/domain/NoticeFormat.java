package io.ipcase.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How a notice writes values people read: instants in China time, a session's mode in words — never an ISO UTC stamp
 * or an enum's name. One per language; the templates call it as {@code fmt}.
 */
public final class NoticeFormat {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** mediation-service's session modes (its Mode vocabulary), in Chinese and English */
    private static final Map<String, String[]> MODES = Map.of("ONLINE", new String[] { "线上调解", "online" }, "ON_SITE",
            new String[] { "现场调解", "on site" });

    /** case-service's statutory clocks (its StatutoryClock vocabulary), in Chinese and English */
    private static final Map<String, String[]> CLOCKS = Map.of(
            "ACCEPTANCE", new String[] { "受理", "acceptance" },
            "CLOSING", new String[] { "办案", "closing" },
            "DISCLOSURE", new String[] { "公示", "disclosure" },
            "TRANSFER_DECISION", new String[] { "移送审批", "transfer decision" },
            "PAYMENT", new String[] { "罚款缴纳", "payment" },
            "DEMAND", new String[] { "催告履行", "demand to perform" },
            "STATEMENT", new String[] { "陈述申辩", "statement of the party's case" },
            "HEARING_REQUEST", new String[] { "听证申请", "hearing request" });

    private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
    private static final String[] ENGLISH = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    private final boolean chinese;

    public NoticeFormat(String language) {
        this.chinese = !"en".equals(language);
    }

    /** an instant as China's wall clock, e.g. 2026-03-20 10:00（北京时间）; a value that is not an instant as it came */
    public String chinaTime(Object instant) {
        if (instant == null) {
            return "";
        }
        try {
            String time = MINUTES.format(Instant.parse(instant.toString()).atZone(CHINA));
            return time + (chinese ? "（北京时间）" : " (Beijing time)");
        } catch (DateTimeParseException e) {
            return instant.toString();
        }
    }

    /** a case's statutory clock in words, e.g. 办案 / closing; an unknown clock as it came */
    public String clock(Object clock) {
        String[] words = clock == null ? null : CLOCKS.get(clock.toString());
        return words == null ? (clock == null ? "" : clock.toString()) : words[chinese ? 0 : 1];
    }

    /** a period in words as the notice states it: 十五日 / 15 days, 六个月 / six months */
    public String period(NoticePeriod period) {
        if (period == null) {
            return "";
        }
        boolean days = period.unit() == NoticePeriod.Unit.DAYS;
        if (chinese) {
            return chineseNumber(period.amount()) + (days ? "日" : "个月");
        }
        int n = period.amount();
        String number = n >= 1 && n <= 10 ? ENGLISH[n] : Integer.toString(n);
        return number + " " + (days ? (n == 1 ? "day" : "days") : (n == 1 ? "month" : "months"));
    }

    /** 1–99 as written in Chinese legal text (十五, 六十, 二十五); larger numbers in digits */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int units = n % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
        return units == 0 ? text : text + DIGITS[units];
    }

    /** a mediation session's mode in words; an unknown mode as it came */
    public String mode(Object mode) {
        String[] words = mode == null ? null : MODES.get(mode.toString());
        return words == null ? (mode == null ? "" : mode.toString()) : words[chinese ? 0 : 1];
    }
}
