package io.ipcase.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Resident identity number (公民身份号码, GB 11643-1999): 6-digit address code, birth date
 * YYYYMMDD, 3-digit sequence and a check character. The residence permits of Hong Kong, Macao and
 * Taiwan residents (港澳台居民居住证) carry numbers of the same form with the address codes 810000,
 * 820000 and 830000. It is personal data: show it only masked outside the case file.
 */
public final class ResidentId {

    /** Birth dates on the card are civil dates in China, whatever zone the server runs in. */
    private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int LENGTH = 18;
    private static final int BIRTH_DATE_START = 6;
    private static final int KEPT_PREFIX = 3;
    private static final int KEPT_SUFFIX = 2;
    /** the address codes of the Hong Kong, Macao and Taiwan residents' residence permits */
    private static final java.util.Set<String> PERMIT_ADDRESS_CODES = java.util.Set.of("810000", "820000", "830000");
    /** no one living was born before: the numbers were issued from 1984 on */
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private ResidentId() {
    }

    public static boolean isValid(String id) {
        return isValid(id, LocalDate.now(ISSUING_ZONE));
    }

    /**
     * Only an upper-case X is accepted as check character: the standard prints it so, and
     * normalising here would let two spellings of one person into the records.
     */
    public static boolean isValid(String id, LocalDate today) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return false;
            }
        }
        if (!hasRealAddressCode(id) || !hasPlausibleBirthDate(id, today)) {
            return false;
        }
        return checkCharacter(id) == id.charAt(LENGTH - 1);
    }

    /** Keeps the first 3 and the last 2 characters, e.g. 110*************2X; a short value is masked whole. */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= KEPT_PREFIX + KEPT_SUFFIX) {
            return "*".repeat(id.length());
        }
        return id.substring(0, KEPT_PREFIX)
                + "*".repeat(id.length() - KEPT_PREFIX - KEPT_SUFFIX)
                + id.substring(id.length() - KEPT_SUFFIX);
    }

    /**
     * Keeps the first character, e.g. 张三丰 → 张**; a one-character name becomes "*".
     * Counts code points, since rare name characters lie outside the Basic Multilingual Plane.
     */
    public static String maskName(String personName) {
        if (personName == null) {
            return null;
        }
        int characters = personName.codePointCount(0, personName.length());
        if (characters <= 1) {
            return "*".repeat(characters);
        }
        int firstEnd = personName.offsetByCodePoints(0, 1);
        return personName.substring(0, firstEnd) + "*".repeat(characters - 1);
    }

    /** a division code under a real province (retired codes included, as old cards keep them), or a residence permit's */
    private static boolean hasRealAddressCode(String id) {
        String address = id.substring(0, BIRTH_DATE_START);
        return DivisionCode.isValid(address) || PERMIT_ADDRESS_CODES.contains(address);
    }

    private static boolean hasPlausibleBirthDate(String id, LocalDate today) {
        int year = Integer.parseInt(id.substring(BIRTH_DATE_START, BIRTH_DATE_START + 4));
        if (year < EARLIEST_BIRTH_YEAR) {
            return false;
        }
        int month = Integer.parseInt(id.substring(BIRTH_DATE_START + 4, BIRTH_DATE_START + 6));
        int day = Integer.parseInt(id.substring(BIRTH_DATE_START + 6, BIRTH_DATE_START + 8));
        try {
            return !LocalDate.of(year, month, day).isAfter(today);
        } catch (DateTimeException impossibleDate) {
            return false;
        }
    }

    private static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
