package io.ipcase.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a notice writes times, periods and vocabulary for people (docs/domain.md, "Notices"). */
class NoticeFormatTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            // China time is UTC+8 all year: midnight UTC is 08:00 in Beijing
            "2026-03-20T00:00:00Z, zh, 2026-03-20 08:00（北京时间）",
            // 16:00 UTC on New Year's Eve is already midnight of the new year in China
            "2026-12-31T16:00:00Z, zh, 2027-01-01 00:00（北京时间）",
            "2026-12-31T15:59:59Z, en, 2026-12-31 23:59 (Beijing time)",
            // a month's end crossing in China time
            "2027-02-28T16:30:00Z, en, 2027-03-01 00:30 (Beijing time)",
            // a value that is not an instant is written as it came, never dropped
            "next Tuesday, zh, next Tuesday" })
    void timesAreWrittenInChinaTime(String instant, String language, String expected) {
        assertThat(new NoticeFormat(language).chinaTime(instant)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
            "15, DAYS,   zh, 十五日",
            "60, DAYS,   zh, 六十日",
            "6,  MONTHS, zh, 六个月",
            "10, DAYS,   zh, 十日",
            "25, DAYS,   zh, 二十五日",
            "1,  MONTHS, zh, 一个月",
            "15, DAYS,   en, 15 days",
            "6,  MONTHS, en, six months",
            "1,  DAYS,   en, one day",
            "3,  DAYS,   en, three days" })
    void periodsAreWrittenAsTheLawWritesThem(int amount, NoticePeriod.Unit unit, String language, String expected) {
        assertThat(new NoticeFormat(language).period(new NoticePeriod(amount, unit))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
            "mode,  ONLINE,   zh, 线上调解",
            "mode,  ONLINE,   en, online",
            "mode,  ON_SITE,  en, on site",
            "clock, PAYMENT,  zh, 罚款缴纳",
            "clock, CLOSING,  en, closing",
            // a value this service does not know yet is shown as it came rather than dropped
            "mode,  HYBRID,   en, HYBRID",
            "clock, APPEAL,   zh, APPEAL" })
    void vocabularyIsWrittenInWordsNeverAsEnumNames(String vocabulary, String value, String language, String expected) {
        NoticeFormat fmt = new NoticeFormat(language);
        assertThat(vocabulary.equals("mode") ? fmt.mode(value) : fmt.clock(value)).isEqualTo(expected);
    }
}
