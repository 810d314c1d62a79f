package io.ipcase.e2e;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid and distinct subject ids — one respondent per flow, so that each flow's effects in
 * every service and on every topic can be counted by it. The check characters are computed as
 * GB 11643 (resident ID) and GB 32100 (USCC) define them, as the services' validators check them
 * (the logic of credit-service's test {@code Subjects}).
 */
final class FaultSubjects {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    /** an organisation's USCC registered in Jiujiang, with a random subject code */
    String uscc() {
        while (true) {
            StringBuilder code = new StringBuilder("91360400");
            for (int i = 0; i < 9; i++) {
                code.append(USCC_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(USCC_ALPHABET.length())));
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
            }
            String id = code.toString() + USCC_ALPHABET.charAt((31 - sum % 31) % 31);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** an individual's resident ID number, born in 1980 in Jiujiang, with a random date and sequence */
    String residentId() {
        while (true) {
            String body = "360402" + "1980" + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12),
                    1 + ThreadLocalRandom.current().nextInt(28)) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            String id = body + ID_CHECK.charAt(sum % 11);
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
