package io.ipcase.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The identity documents a party to a case may be identified by: mainland residents and holders of
 * the Hong Kong, Macao and Taiwan residence permits, Hong Kong, Macao and Taiwan residents with
 * their travel permits, foreigners with a permanent resident ID card or a passport, and foreign
 * organisations with the number of their home register. Each kind checks the form of its number
 * (and, where the number carries one, its birth date and check character); none can tell whether a
 * document was really issued. All of them are personal data except the foreign organisation's
 * number: show them only masked outside the case file ({@link #mask(String)}).
 *
 * <p>Only upper-case letters are accepted where a document prints letters: as for
 * {@link ResidentId}, normalising here would let two spellings of one number into the records.
 */
public enum IdentityDocument {

    /**
     * 居民身份证, and 港澳台居民居住证 whose numbers have the same form: 18 characters, a real address
     * code (or 810000 / 820000 / 830000), a birth date not in the future and not before 1900, a
     * sequence and the GB 11643 check character; the rules are {@link ResidentId}'s.
     */
    RESIDENT_ID("居民身份证/港澳台居民居住证",
            "Resident identity card / residence permit for Hong Kong, Macao and Taiwan residents"),

    /**
     * 港澳居民来往内地通行证 ("回乡证"): H (Hong Kong) or M (Macao) and the holder's 8-digit lifelong
     * number — the whole number on the cards issued since 2013 — or, on the older permits, that
     * number followed by a 2-digit count of renewals (00 for the first permit): H or M and 8 or 10
     * digits.
     */
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "Mainland Travel Permit for Hong Kong and Macao Residents"),

    /**
     * 台湾居民来往大陆通行证 ("台胞证"): the holder's 8-digit lifelong number — the whole number on the
     * cards issued since 2015. The older booklets add a 2-digit issue count, and some of them the
     * issuing office's code in parentheses, which is an upper-case letter or a digit:
     * 8 digits, 10 digits, or 10 digits and one such character in parentheses, e.g. 1234567890(B).
     * The one-time short-term permits (一次性台胞证) are not accepted.
     */
    TAIWAN_PERMIT("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents"),

    /**
     * 外国人永久居留身份证. The card issued since December 2023 has an 18-character number: 9 (a
     * foreigner), the 2-digit code of the mainland province where the card was applied for, the
     * 3-digit ISO 3166-1 numeric code of the nationality (001–999, but not 156, China), the birth date
     * YYYYMMDD (a real date, not in the future, not before 1900), a 3-digit sequence, and a check
     * character computed as for the resident ID (GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
     * mod 11, "10X98765432").
     *
     * <p>The 2017 card, still valid, has a 15-character number: the 3-letter ISO 3166-1 alpha-3 code of
     * the nationality (not CHN), a 4-digit code of the place of application, the birth date YYMMDD
     * (a real date in 19YY or 20YY, not in the future), a 1-digit sequence and a check digit. The
     * place code is only checked to be digits. The check digit's algorithm is not published in any
     * source we could consult: implementations in circulation, and the one published example, agree
     * with ICAO 9303's 7-3-1 weighting (letters A=10 … Z=35, mod 10), but as that is unconfirmed any
     * digit is accepted, so as not to refuse real cards.
     */
    FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", "Foreign Permanent Resident ID Card"),

    /**
     * 外国护照, a passport of any country: 5 to 20 upper-case ASCII letters and digits, at least one of
     * them a digit. ICAO 9303 machine-readable zones hold up to 9 characters of document number, but
     * longer numbers exist. The issuing country is recorded in a field of its own, not checked here.
     */
    PASSPORT("外国护照", "Foreign passport"),

    /**
     * 境外组织注册号码, a foreign organisation's number in the register of its home country or region:
     * 1 to 50 characters, each a letter of any script (with its combining marks), a digit of any
     * script, a space or one of - . / ( ); at least one letter or digit, so it is not blank; no
     * control characters.
     */
    FOREIGN_REGISTRATION("境外组织注册号码", "Foreign organisation registration number");

    /** Birth dates on the cards are civil dates in China, whatever zone the server runs in. */
    private static final ZoneId ISSUING_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int KEPT_PREFIX = 1;
    private static final int KEPT_SUFFIX = 2;

    private static final int HK_MACAO_CARD_LENGTH = 9;
    private static final int HK_MACAO_OLD_LENGTH = 11;

    private static final int TAIWAN_CARD_LENGTH = 8;
    private static final int TAIWAN_BOOKLET_LENGTH = 10;
    /** 10 digits, '(', the issuing office's code, ')' */
    private static final int TAIWAN_BOOKLET_WITH_OFFICE_LENGTH = 13;

    private static final int PERMANENT_RESIDENT_LENGTH = 18;
    private static final char PERMANENT_RESIDENT_MARK = '9';
    private static final int PERMANENT_RESIDENT_PROVINCE_START = 1;
    private static final int PERMANENT_RESIDENT_COUNTRY_START = 3;
    private static final int PERMANENT_RESIDENT_BIRTH_START = 6;
    private static final String CHINA_NUMERIC = "156";
    private static final String NO_COUNTRY_NUMERIC = "000";
    private static final int[] GB11643_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String GB11643_CHECK_CHARACTERS = "10X98765432";
    /** the provinces of the mainland (GB/T 2260): a permanent resident's card is applied for in one of them */
    private static final Set<String> MAINLAND_PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65");

    private static final int PERMANENT_RESIDENT_2017_LENGTH = 15;
    private static final int PERMANENT_RESIDENT_2017_BIRTH_START = 7;
    private static final String CHINA_ALPHA3 = "CHN";

    private static final int PASSPORT_MIN_LENGTH = 5;
    private static final int PASSPORT_MAX_LENGTH = 20;

    private static final int REGISTRATION_MAX_LENGTH = 50;
    private static final String REGISTRATION_PUNCTUATION = " -./()";

    /** no one living was born before */
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private static final Set<String> ALPHA3_COUNTRIES = Set.copyOf(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final String labelZh;
    private final String labelEn;

    IdentityDocument(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** whether the number needs its country beside it: a passport, a foreign register; the others are issued by China */
    public boolean needsNationality() {
        return this == PASSPORT || this == FOREIGN_REGISTRATION;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether {@code number} has the form of this kind's numbers, judging birth dates by today's date in China. */
    public boolean isValid(String number) {
        return isValid(number, LocalDate.now(ISSUING_ZONE));
    }

    /**
     * Whether {@code number} has the form of this kind's numbers; a birth date in the number must not
     * be after {@code today}. Kinds whose numbers carry no birth date ignore {@code today}.
     */
    public boolean isValid(String number, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (number == null) {
            return false;
        }
        return switch (this) {
            case RESIDENT_ID -> ResidentId.isValid(number, today);
            case HK_MACAO_PERMIT -> isHongKongMacaoPermit(number);
            case TAIWAN_PERMIT -> isTaiwanPermit(number);
            case FOREIGN_PERMANENT_RESIDENT_ID -> isPermanentResidentId(number, today)
                    || isPermanentResidentId2017(number, today);
            case PASSPORT -> isPassport(number);
            case FOREIGN_REGISTRATION -> isForeignRegistration(number);
        };
    }

    /**
     * Keeps the first character and the last 2, e.g. H********01; a value of 3 characters or fewer
     * is masked whole. Counts code points, so that a character outside the Basic Multilingual Plane
     * is never split.
     */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int characters = number.codePointCount(0, number.length());
        if (characters <= KEPT_PREFIX + KEPT_SUFFIX) {
            return "*".repeat(characters);
        }
        int prefixEnd = number.offsetByCodePoints(0, KEPT_PREFIX);
        int suffixStart = number.offsetByCodePoints(number.length(), -KEPT_SUFFIX);
        return number.substring(0, prefixEnd)
                + "*".repeat(characters - KEPT_PREFIX - KEPT_SUFFIX)
                + number.substring(suffixStart);
    }

    /**
     * Whether a value is a subject identity as ipcase keys subjects (credit records, listings): a USCC, a resident ID, a
     * permit or permanent resident ID number, or a passport or foreign register number after its ISO 3166 alpha-3 country
     * and a colon ({@code USA:E12345678}).
     */
    public static boolean isSubjectId(String id) {
        if (id == null) {
            return false;
        }
        if (Uscc.isValid(id)) {
            return true;
        }
        int colon = id.indexOf(':');
        if (colon >= 0) {
            String country = id.substring(0, colon);
            String number = id.substring(colon + 1);
            return isCountryCode(country) && !"CHN".equals(country) && (PASSPORT.isValid(number) || FOREIGN_REGISTRATION.isValid(number));
        }
        for (IdentityDocument d : values()) {
            if (!d.needsNationality() && d.isValid(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An individual's subject identity as anonymous pages show it: a resident ID as {@link ResidentId#mask}, any other
     * document as {@link #mask}, a country prefix ({@code USA:E12345678}) kept.
     */
    public static String maskSubject(String subjectId) {
        if (subjectId == null || ResidentId.isValid(subjectId)) {
            return ResidentId.mask(subjectId);
        }
        int colon = subjectId.indexOf(':');
        return colon < 0 ? mask(subjectId) : subjectId.substring(0, colon + 1) + mask(subjectId.substring(colon + 1));
    }

    /**
     * Whether {@code alpha3} is an ISO 3166-1 alpha-3 country code known to the JDK, in upper case,
     * e.g. USA or KAZ. CHN is a country code too: whether China is acceptable is the caller's call.
     */
    public static boolean isCountryCode(String alpha3) {
        return alpha3 != null && ALPHA3_COUNTRIES.contains(alpha3);
    }

    private static boolean isHongKongMacaoPermit(String number) {
        if (number.length() != HK_MACAO_CARD_LENGTH && number.length() != HK_MACAO_OLD_LENGTH) {
            return false;
        }
        char region = number.charAt(0);
        return (region == 'H' || region == 'M') && isAsciiDigits(number, 1, number.length());
    }

    private static boolean isTaiwanPermit(String number) {
        return switch (number.length()) {
            case TAIWAN_CARD_LENGTH, TAIWAN_BOOKLET_LENGTH -> isAsciiDigits(number, 0, number.length());
            case TAIWAN_BOOKLET_WITH_OFFICE_LENGTH -> isAsciiDigits(number, 0, TAIWAN_BOOKLET_LENGTH)
                    && number.charAt(TAIWAN_BOOKLET_LENGTH) == '('
                    && isUpperOrDigit(number.charAt(TAIWAN_BOOKLET_LENGTH + 1))
                    && number.charAt(TAIWAN_BOOKLET_LENGTH + 2) == ')';
            default -> false;
        };
    }

    /** the 2023 card's 18-character number */
    private static boolean isPermanentResidentId(String number, LocalDate today) {
        if (number.length() != PERMANENT_RESIDENT_LENGTH
                || number.charAt(0) != PERMANENT_RESIDENT_MARK
                || !isAsciiDigits(number, 0, PERMANENT_RESIDENT_LENGTH - 1)) {
            return false;
        }
        String province = number.substring(PERMANENT_RESIDENT_PROVINCE_START, PERMANENT_RESIDENT_COUNTRY_START);
        String country = number.substring(PERMANENT_RESIDENT_COUNTRY_START, PERMANENT_RESIDENT_BIRTH_START);
        if (!MAINLAND_PROVINCES.contains(province)
                || country.equals(NO_COUNTRY_NUMERIC) || country.equals(CHINA_NUMERIC)) {
            return false;
        }
        int birth = PERMANENT_RESIDENT_BIRTH_START;
        int year = Integer.parseInt(number.substring(birth, birth + 4));
        int month = Integer.parseInt(number.substring(birth + 4, birth + 6));
        int day = Integer.parseInt(number.substring(birth + 6, birth + 8));
        if (year < EARLIEST_BIRTH_YEAR || !isPastOrToday(year, month, day, today)) {
            return false;
        }
        return gb11643CheckCharacter(number) == number.charAt(PERMANENT_RESIDENT_LENGTH - 1);
    }

    /** the 2017 card's 15-character number; its check digit is not verified (see the constant's Javadoc) */
    private static boolean isPermanentResidentId2017(String number, LocalDate today) {
        if (number.length() != PERMANENT_RESIDENT_2017_LENGTH
                || !isAsciiDigits(number, 3, PERMANENT_RESIDENT_2017_LENGTH)) {
            return false;
        }
        String nationality = number.substring(0, 3);
        if (!isCountryCode(nationality) || nationality.equals(CHINA_ALPHA3)) {
            return false;
        }
        int birth = PERMANENT_RESIDENT_2017_BIRTH_START;
        int yearOfCentury = Integer.parseInt(number.substring(birth, birth + 2));
        int month = Integer.parseInt(number.substring(birth + 2, birth + 4));
        int day = Integer.parseInt(number.substring(birth + 4, birth + 6));
        // the century is not in the number: either reading will do
        return isPastOrToday(1900 + yearOfCentury, month, day, today)
                || isPastOrToday(2000 + yearOfCentury, month, day, today);
    }

    private static boolean isPassport(String number) {
        if (number.length() < PASSPORT_MIN_LENGTH || number.length() > PASSPORT_MAX_LENGTH) {
            return false;
        }
        boolean hasDigit = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!isUpperOrDigit(c)) {
                return false;
            }
            hasDigit |= isAsciiDigit(c);
        }
        return hasDigit;
    }

    private static boolean isForeignRegistration(String number) {
        int characters = number.codePointCount(0, number.length());
        if (characters < 1 || characters > REGISTRATION_MAX_LENGTH) {
            return false;
        }
        boolean hasLetterOrDigit = false;
        for (int i = 0; i < number.length(); ) {
            int codePoint = number.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetter(codePoint) || Character.isDigit(codePoint)) {
                hasLetterOrDigit = true;
            } else if (!isCombiningMark(codePoint) && REGISTRATION_PUNCTUATION.indexOf(codePoint) < 0) {
                return false;
            }
        }
        return hasLetterOrDigit;
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isPastOrToday(int year, int month, int day, LocalDate today) {
        try {
            return !LocalDate.of(year, month, day).isAfter(today);
        } catch (DateTimeException impossibleDate) {
            return false;
        }
    }

    private static char gb11643CheckCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < GB11643_WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * GB11643_WEIGHTS[i];
        }
        return GB11643_CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isAsciiDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || isAsciiDigit(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
