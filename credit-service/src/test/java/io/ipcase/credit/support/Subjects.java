package io.ipcase.credit.support;

import java.util.concurrent.ThreadLocalRandom;

import io.ipcase.identifiers.ResidentId;
import io.ipcase.identifiers.Uscc;

/** Fresh, valid subject ids, so that tests sharing the database never meet. */
public final class Subjects {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Subjects() {
    }

    /** an organisation's USCC registered in Jiujiang, with a random subject code */
    public static String uscc() {
        StringBuilder code = new StringBuilder("91360400");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        for (char check : ALPHABET.toCharArray()) {
            if (Uscc.isValid(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character fits " + code);
    }

    /** an individual's resident ID number, born in 1980 in Jiujiang, with a random sequence */
    public static String residentId() {
        return residentId("1980");
    }

    /**
     * a resident ID number no test ever records (born in 1975): the space of {@link #residentId()} is small enough that a
     * thousand drawn at once may meet one another test listed
     */
    public static String residentIdNeverRecorded() {
        return residentId("1975");
    }

    private static String residentId(String birthYear) {
        String body = "360402" + birthYear + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28)) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        for (char check : "0123456789X".toCharArray()) {
            // an all-digit ID passes the USCC check too about once in 31: such a one would be taken for an organisation
            if (ResidentId.isValid(body + check)) {
                return Uscc.isValid(body + check) ? residentId(birthYear) : body + check;
            }
        }
        throw new IllegalStateException("no check character fits " + body);
    }
}
