package io.ipcase.kit.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a token issued in the future (beyond the allowed clock skew). The token's age and
 * lifetime are limited by configuration ({@code mp.jwt.verify.token.age},
 * {@code smallrye.jwt.time-to-live}); a token "issued" tomorrow would pass both and stay valid
 * for longer than any identity provider issues them.
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {

    private final long clockSkewSeconds;

    public TokenTimes(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.clockSkewSeconds = clockSkewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0
                && Instant.ofEpochSecond(token.getIssuedAtTime()).isAfter(Instant.now().plusSeconds(clockSkewSeconds))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}
