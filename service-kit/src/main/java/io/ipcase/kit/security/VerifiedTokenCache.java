package io.ipcase.kit.security;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/** Serves a bearer token verified a moment ago from {@link VerifiedTokens} instead of verifying its signature again. */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    @ConfigProperty(name = "ipcase.security.verified-token-hold-seconds", defaultValue = "30")
    long holdSeconds;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.token.age")
    Optional<Long> maxAgeSeconds;

    private volatile VerifiedTokens tokens;

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        VerifiedTokens verifiedTokens = tokens();
        JsonWebToken known = verifiedTokens.known(bearerToken);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = parser.parse(bearerToken);
        verifiedTokens.verified(bearerToken, verified);
        return verified;
    }

    private VerifiedTokens tokens() {
        VerifiedTokens t = tokens;
        if (t == null) {
            synchronized (this) {
                t = tokens;
                if (t == null) {
                    t = new VerifiedTokens(System::currentTimeMillis, holdSeconds * 1000,
                            maxAgeSeconds.map(OptionalLong::of).orElse(OptionalLong.empty()), 4096);
                    tokens = t;
                }
            }
        }
        return t;
    }
}
