package io.ipcase.identifiers;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): registering-authority code,
 * institution type, 6-digit division code, 9-character subject id and a check character.
 */
public final class Uscc {

    /** The letters I, O, S, V and Z are left out because they read like digits. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int MODULUS = ALPHABET.length();
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int DIVISION_START = 2;
    private static final int DIVISION_END = 8;

    private Uscc() {
    }

    /** Upper case only: the standard's alphabet has no lower-case letters, so a lower-case code is a typing error. */
    public static boolean isValid(String uscc) {
        if (uscc == null || uscc.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(uscc.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = DIVISION_START; i < DIVISION_END; i++) {
            if (!isAsciiDigit(uscc.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(uscc.substring(0, LENGTH - 1)) == uscc.charAt(LENGTH - 1);
    }

    /** The GB 32100 registering division of a valid code, e.g. 350100 for 91350100M000100Y43. */
    public static String divisionCode(String uscc) {
        if (!isValid(uscc)) {
            throw new IllegalArgumentException("not a valid unified social credit code");
        }
        return uscc.substring(DIVISION_START, DIVISION_END);
    }

    /** the check character (the 18th) that the first 17 characters call for */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("the check character is computed over exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside the GB 32100 alphabet at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
