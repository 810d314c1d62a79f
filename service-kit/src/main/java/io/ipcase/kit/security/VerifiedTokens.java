package io.ipcase.kit.security;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this service has verified, each kept for a few seconds so that a client sending the same token again —
 * the credit platform checks with one machine token for its whole life — is not verified again. Checking the RSA
 * signature was more than half of a credit check's CPU (README, "Performance").
 * <p>
 * A kept token is never more lenient than the parser: it is served only while it has not expired, is not older than the
 * configured token age, and for at most {@code holdMillis} after it was verified (a key taken out of the identity
 * provider's key set stops being honoured within that). A token that failed verification is never kept. The map is
 * bounded: when full, expired entries are dropped, and if it is still full the token is simply not kept.
 */
public final class VerifiedTokens {

    private record Kept(JsonWebToken token, long untilMillis) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier nowMillis;
    private final long holdMillis;
    private final OptionalLong maxAgeSeconds;
    private final int capacity;

    public VerifiedTokens(LongSupplier nowMillis, long holdMillis, OptionalLong maxAgeSeconds, int capacity) {
        this.nowMillis = nowMillis;
        this.holdMillis = holdMillis;
        this.maxAgeSeconds = maxAgeSeconds;
        this.capacity = capacity;
    }

    /** the token as verified before, or null when it must be verified (again) */
    public JsonWebToken known(String raw) {
        Kept k = kept.get(raw);
        if (k == null) {
            return null;
        }
        if (nowMillis.getAsLong() >= k.untilMillis()) {
            kept.remove(raw, k);
            return null;
        }
        return k.token();
    }

    /** notes a token the parser has just verified */
    public void verified(String raw, JsonWebToken token) {
        long now = nowMillis.getAsLong();
        long until = now + holdMillis;
        if (token.getExpirationTime() > 0) {
            until = Math.min(until, token.getExpirationTime() * 1000);
        }
        if (maxAgeSeconds.isPresent() && token.getIssuedAtTime() > 0) {
            until = Math.min(until, (token.getIssuedAtTime() + maxAgeSeconds.getAsLong()) * 1000);
        }
        if (until <= now) {
            return;
        }
        if (kept.size() >= capacity) {
            kept.values().removeIf(k -> now >= k.untilMillis());
            if (kept.size() >= capacity) {
                return;
            }
        }
        kept.put(raw, new Kept(token, until));
    }

    int size() {
        return kept.size();
    }
}
