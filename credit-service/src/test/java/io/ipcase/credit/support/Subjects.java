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
        String body = "360402" + "1980" + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28)) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        for (char check : "0123456789X".toCharArray()) {
            // an all-digit ID passes the USCC check too about once in 31: such a one would be taken for an organisation
            if (ResidentId.isValid(body + check)) {
                return Uscc.isValid(body + check) ? residentId() : body + check;
            }
        }
        throw new IllegalStateException("no check character fits " + body);
    }
}
