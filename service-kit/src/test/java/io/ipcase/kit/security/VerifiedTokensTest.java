package io.ipcase.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);

    private VerifiedTokens tokens(OptionalLong maxAge, int capacity) {
        return new VerifiedTokens(clock::get, 30_000, maxAge, capacity);
    }

    @Test
    void aVerifiedTokenIsServedAgainForTheHoldTimeOnly() {
        VerifiedTokens tokens = tokens(OptionalLong.empty(), 10);
        JsonWebToken token = token(NOW / 1000 - 10, NOW / 1000 + 3600);
        tokens.verified("a", token);
        assertSame(token, tokens.known("a"));
        clock.set(NOW + 29_999);
        assertSame(token, tokens.known("a"));
        clock.set(NOW + 30_000);
        assertNull(tokens.known("a"), "verified again after the hold time");
        assertEquals(0, tokens.size());
    }

    @Test
    void notServedOnceItHasExpired() {
        VerifiedTokens tokens = tokens(OptionalLong.empty(), 10);
        tokens.verified("a", token(NOW / 1000 - 10, NOW / 1000 + 5));
        clock.set(NOW + 4_999);
        assertEquals("a", tokens.known("a").getName());
        clock.set(NOW + 5_000);
        assertNull(tokens.known("a"));
    }

    @Test
    void notServedPastTheConfiguredTokenAge() {
        VerifiedTokens tokens = tokens(OptionalLong.of(20), 10);
        tokens.verified("a", token(NOW / 1000 - 15, NOW / 1000 + 3600));
        clock.set(NOW + 4_999);
        assertEquals("a", tokens.known("a").getName());
        clock.set(NOW + 5_000);
        assertNull(tokens.known("a"));
    }

    @Test
    void aTokenAlreadyExpiredOrAnotherStringIsNotServed() {
        VerifiedTokens tokens = tokens(OptionalLong.empty(), 10);
        tokens.verified("a", token(NOW / 1000 - 100, NOW / 1000));
        assertNull(tokens.known("a"));
        tokens.verified("b", token(NOW / 1000, NOW / 1000 + 60));
        assertNull(tokens.known("b "), "only the very same token string");
    }

    @Test
    void whenFullExpiredEntriesMakeRoomAndOtherwiseTheTokenIsNotKept() {
        VerifiedTokens tokens = tokens(OptionalLong.empty(), 2);
        tokens.verified("a", token(NOW / 1000, NOW / 1000 + 1));
        tokens.verified("b", token(NOW / 1000, NOW / 1000 + 60));
        clock.set(NOW + 1_000);
        tokens.verified("c", token(NOW / 1000, NOW / 1000 + 60));
        assertNull(tokens.known("a"));
        assertEquals("c", tokens.known("c").getName());
        tokens.verified("d", token(NOW / 1000, NOW / 1000 + 60));
        assertNull(tokens.known("d"), "full: not kept");
        assertEquals("b", tokens.known("b").getName());
    }

    /** a token named by its raw string's first letter is enough to tell them apart */
    private int named = 0;

    private JsonWebToken token(long issuedAt, long expires) {
        String name = String.valueOf((char) ('a' + named++));
        Map<String, Object> claims = Map.of("iat", issuedAt, "exp", expires, "upn", name);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
