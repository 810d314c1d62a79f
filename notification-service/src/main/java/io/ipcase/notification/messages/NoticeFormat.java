package io.ipcase.notification.messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * How a notice writes values people read: instants in China time, a session's mode in words — never an ISO UTC stamp
 * or an enum's name. One per language; the templates call it as {@code fmt}.
 */
@TemplateData
public final class NoticeFormat {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** mediation-service's session modes (its Mode vocabulary), in Chinese and English */
    private static final Map<String, String[]> MODES = Map.of("ONLINE", new String[] { "线上调解", "online" }, "ON_SITE",
            new String[] { "现场调解", "on site" });

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

    /** a mediation session's mode in words; an unknown mode as it came */
    public String mode(Object mode) {
        String[] words = mode == null ? null : MODES.get(mode.toString());
        return words == null ? (mode == null ? "" : mode.toString()) : words[chinese ? 0 : 1];
    }
}
