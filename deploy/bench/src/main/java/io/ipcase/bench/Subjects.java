package io.ipcase.bench;

import java.util.concurrent.ThreadLocalRandom;

/** subject ids for credit checks: random valid USCCs, almost never listed */
final class Subjects {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private Subjects() {
    }

    /** a random valid USCC (GB 32100 check character) */
    static String uscc() {
        StringBuilder code = new StringBuilder("91360400");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** the body of a bulk check of {@code n} random subjects */
    static String bulk(int n) {
        StringBuilder body = new StringBuilder("{\"subjectIds\":[");
        for (int j = 0; j < n; j++) {
            body.append(j == 0 ? "" : ",").append('"').append(uscc()).append('"');
        }
        return body.append("]}").toString();
    }
}
