package io.ipcase.identifiers;

import java.util.Set;

/**
 * Administrative division code (GB/T 2260): province, prefecture and county, two digits each.
 * Retired codes stay valid because old records keep them, so only the shape and the province
 * are checked, not the current code list.
 */
public final class DivisionCode {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final String LEVEL_NOT_USED = "00";

    private DivisionCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 6) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            return false;
        }
        // Counties sit under a prefecture-level unit, so a code without a prefecture (360004) names nothing.
        return !code.startsWith(LEVEL_NOT_USED, 2) || code.startsWith(LEVEL_NOT_USED, 4);
    }

    /** The code without its unused lower levels: 360400 → 3604, 360000 → 36, 360402 → 360402. */
    public static String jurisdictionPrefix(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a valid GB/T 2260 division code: " + code);
        }
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith(LEVEL_NOT_USED)) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /**
     * Whether a bureau with the given jurisdiction may act on something located at {@code code}.
     * A malformed jurisdiction is a configuration error and throws; a malformed {@code code} is
     * bad data and is simply not covered.
     */
    public static boolean covers(String jurisdictionCode, String code) {
        String prefix = jurisdictionPrefix(jurisdictionCode);
        return isValid(code) && code.startsWith(prefix);
    }
}
