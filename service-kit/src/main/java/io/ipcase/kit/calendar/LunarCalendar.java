package io.ipcase.kit.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Days of the Chinese lunar calendar as reckoned in China (UTC+8), for the lunar festivals among the
 * statutory holidays (docs/domain.md, Case periods).
 *
 * <p>ICU4J's {@link ChineseCalendar} says which new moon begins which month, leap months included.
 * Its own new-moon astronomy runs a few minutes off, though, which is enough to put a month's first
 * day on the wrong side of midnight: it begins 正月 of 2027 on 7 February and of 2030 on 2 February,
 * where the published calendar has 6 and 3 February. So the day a month begins is taken from the
 * new moon nearest ICU's first day, computed by Meeus's series for the phases of the moon, which
 * matched an independent reckoning of every month from 2008 to 2100.
 */
final class LunarCalendar {

    private static final long JULIAN_DAY_OF_EPOCH_DAY_ZERO = 2_440_588;
    private static final double JULIAN_DATE_OF_EPOCH_MIDNIGHT = 2_440_587.5;
    private static final double CHINA_OFFSET_DAYS = 8.0 / 24;
    private static final double SECONDS_PER_DAY = 86_400;
    private static final double SYNODIC_MONTH_DAYS = 29.530588861;
    /** The ephemeris time of the new moon of 6 January 2000, lunation 0 of Meeus's count. */
    private static final double NEW_MOON_ZERO = 2_451_550.09766;
    private static final double LUNATIONS_PER_YEAR = 12.3685;

    private LunarCalendar() {
    }

    /**
     * The first day (初一) of a month that is not a leap month, in the lunar year whose 正月 begins in
     * the Gregorian year {@code lunarYear}; months count from 1 (正月) to 12 (腊月).
     */
    static LocalDate firstDayOfMonth(int lunarYear, int month) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE);
        // 1 June always lies in the lunar year begun that January or February, whatever ICU's year numbering.
        LocalDate inTheLunarYear = LocalDate.of(lunarYear, Month.JUNE, 1);
        chinese.setTimeInMillis(inTheLunarYear.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        chinese.set(Calendar.MONTH, month - 1);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(Calendar.DAY_OF_MONTH, 1);
        LocalDate icuFirstDay = LocalDate.ofEpochDay(chinese.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH_DAY_ZERO);
        return dayInChinaOfNewMoonNear(icuFirstDay);
    }

    private static LocalDate dayInChinaOfNewMoonNear(LocalDate day) {
        double julianDate = day.toEpochDay() + JULIAN_DATE_OF_EPOCH_MIDNIGHT;
        long lunation = Math.round((julianDate - NEW_MOON_ZERO) / SYNODIC_MONTH_DAYS);
        double universalTime = newMoonEphemerisTime(lunation)
                - deltaTSeconds(2000 + lunation / LUNATIONS_PER_YEAR) / SECONDS_PER_DAY;
        return LocalDate.ofEpochDay((long) Math.floor(universalTime + CHINA_OFFSET_DAYS - JULIAN_DATE_OF_EPOCH_MIDNIGHT));
    }

    /**
     * The true new moon of lunation k, in Julian ephemeris days, by the series of Meeus's
     * Astronomical Algorithms (2nd ed.), ch. 49.
     */
    private static double newMoonEphemerisTime(long k) {
        double t = k / 1236.85;
        double meanNewMoon = NEW_MOON_ZERO + SYNODIC_MONTH_DAYS * k
                + 0.00015437 * t * t - 0.000000150 * t * t * t + 0.00000000073 * t * t * t * t;
        // Meeus's symbols, so that the series can be checked against the book: E the eccentricity
        // factor, M the sun's mean anomaly, M′ the moon's, F the moon's argument of latitude and Ω the
        // longitude of its ascending node, in degrees.
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = 2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t;
        double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
                - 0.000000058 * t * t * t * t;
        double f = 160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
                + 0.000000011 * t * t * t * t;
        double omega = 124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t;
        double periodic = -0.40720 * sin(mp)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mp)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m)
                - 0.00514 * e * sin(mp + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f)
                - 0.00057 * sin(mp + 2 * f)
                + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m)
                - 0.00017 * sin(omega)
                - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f)
                - 0.00003 * sin(mp + m + 2 * f)
                + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f)
                - 0.00002 * sin(3 * mp + m)
                + 0.00002 * sin(4 * mp);
        double planetary = 0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * t * t)
                + 0.000165 * sin(251.88 + 0.016321 * k)
                + 0.000164 * sin(251.83 + 26.651886 * k)
                + 0.000126 * sin(349.42 + 36.412478 * k)
                + 0.000110 * sin(84.66 + 18.206239 * k)
                + 0.000062 * sin(141.74 + 53.303771 * k)
                + 0.000060 * sin(207.14 + 2.453732 * k)
                + 0.000056 * sin(154.84 + 7.306860 * k)
                + 0.000047 * sin(34.52 + 27.261239 * k)
                + 0.000042 * sin(207.19 + 0.121824 * k)
                + 0.000040 * sin(291.34 + 1.844379 * k)
                + 0.000037 * sin(161.72 + 24.198154 * k)
                + 0.000035 * sin(239.56 + 25.513099 * k)
                + 0.000023 * sin(331.55 + 3.592518 * k);
        return meanNewMoon + periodic + planetary;
    }

    /**
     * Terrestrial minus Universal Time, by Espenak and Meeus's polynomials. Its uncertainty over the
     * century is a minute or so, which only matters for a new moon that close to midnight.
     */
    private static double deltaTSeconds(double year) {
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double sin(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }
}
