package io.ipcase.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over fields joined by the unit separator, the hash every audit chain links its entries with (docs/domain.md, "Audit"). */
public final class ChainHash {

    private ChainHash() {
    }

    /** null fields count as empty */
    public static String of(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                canonical.append('\u001f');
            }
            canonical.append(fields[i] == null ? "" : fields[i]);
        }
        return sha256(canonical.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** an instant as hashed: microseconds, which PostgreSQL keeps */
    public static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
