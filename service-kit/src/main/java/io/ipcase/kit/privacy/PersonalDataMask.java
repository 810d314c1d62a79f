package io.ipcase.kit.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ipcase.identifiers.IdentityDocument;
import io.ipcase.identifiers.ResidentId;

/**
 * Takes an individual's personal data out of free text before it leaves for an anonymous page or
 * the credit platform (docs/domain.md, "Privacy"). Staff write names, ID numbers, phones and
 * addresses into orders, reasons and statements; only structured, lawfully public fields may carry
 * a person's identity, and those are masked on their own.
 * <p>
 * Two passes: every value known of the case's individuals (name, ID number, phone, e-mail,
 * address) wherever it appears, then patterns for what nobody told us: resident ID numbers (18 and
 * 15 digits, with any prefix such as {@code ID} or {@code 身份证号}), passport and permit numbers,
 * mobile numbers in any spelling ({@code +86 138-0013-8000}), landlines and e-mail addresses.
 * Organisations are not masked: their names and USCCs are public by law.
 */
public final class PersonalDataMask {

    /** What the case knows of one individual. Any value may be null. */
    public record Individual(String name, String idNumber, String phone, String email, String address) {
    }

    /** Only the patterns: for text whose individuals are not known. */
    public static final PersonalDataMask PATTERNS_ONLY = new PersonalDataMask(Map.of());

    private static final String SEP = "[\\s\\-]?";
    /** 18-digit resident ID (birth date inside), 15-digit old ID; separators allowed; not inside a longer number */
    private static final Pattern RESIDENT_ID = Pattern.compile(
            "(?<!\\d)(?:\\d{6}" + SEP + "(?:18|19|20)\\d{2}" + SEP + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])" + SEP + "\\d{3}[\\dXx]"
                    + "|\\d{15})(?![\\dXx])");
    /** mainland mobile numbers with or without +86 / 0086 and with spaces or dashes between the groups */
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)86[\\s\\-]?)?1[3-9]\\d(?:[\\s\\-]?\\d){8}(?!\\d)");
    /** landlines: area code 0xx / 0xxx, optionally in brackets, then 7–8 digits, optionally an extension */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)86[\\s\\-]?)?\\(?0\\d{2,3}\\)?[\\s\\-]?\\d{3,4}[\\s\\-]?\\d{4}(?:[\\s\\-]?(?:转|ext\\.?|x)\\s?\\d{1,5})?(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    /** passports (E12345678), Hong Kong / Macao / Taiwan permits (H1234567890, 810000…), foreign passports of letter + digits */
    private static final Pattern TRAVEL_DOCUMENT = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{1,2}\\d{7,10}(?![A-Za-z0-9])");

    private final Map<String, String> known;

    /** @param known each value and its mask, kept longest first so an address that contains the name is taken whole */
    private PersonalDataMask(Map<String, String> known) {
        List<Map.Entry<String, String>> values = new ArrayList<>(known.entrySet());
        values.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        Map<String, String> ordered = new LinkedHashMap<>();
        values.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        this.known = ordered;
    }

    /** A mask for the given individuals' values, plus the patterns. */
    public static PersonalDataMask of(Collection<Individual> individuals) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Individual i : individuals) {
            put(known, i.name(), ResidentId::maskName, 2);
            // a resident ID keeps its first 3 and last 2 characters, any other document its first 1 and last 2
            put(known, i.idNumber(), id -> ResidentId.isValid(id) ? ResidentId.mask(id) : IdentityDocument.mask(id), 6);
            put(known, i.address(), address -> "***", 4);
            put(known, i.email(), PersonalDataMask::maskEmail, 6);
            put(known, i.phone(), PersonalDataMask::maskDigits, 7);
        }
        return new PersonalDataMask(known);
    }

    private static void put(Map<String, String> known, String value, java.util.function.UnaryOperator<String> mask, int minLength) {
        if (value != null && value.strip().codePointCount(0, value.strip().length()) >= minLength) {
            known.put(value.strip(), mask.apply(value.strip()));
        }
    }

    /** The text with every individual's personal data masked; null stays null. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Map.Entry<String, String> value : known.entrySet()) {
            masked = masked.replace(value.getKey(), value.getValue());
        }
        masked = replace(RESIDENT_ID, masked, m -> ResidentId.mask(m.replaceAll("[\\s\\-]", "")));
        masked = replace(EMAIL, masked, PersonalDataMask::maskEmail);
        masked = replace(MOBILE, masked, PersonalDataMask::maskDigits);
        masked = replace(LANDLINE, masked, PersonalDataMask::maskDigits);
        masked = replace(TRAVEL_DOCUMENT, masked, m -> m.charAt(0) + "*".repeat(m.length() - 1));
        return masked;
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** keeps the first 3 and last 2 digits of a number, whatever its spelling: 138******00 */
    static String maskDigits(String value) {
        String digits = value.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (digits.length() <= 5) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
    }

    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***@" + email.substring(at + 1);
    }
}
