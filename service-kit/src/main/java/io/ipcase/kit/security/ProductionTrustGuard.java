package io.ipcase.kit.security;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a production service that would trust the local key pair (its private key is
 * in the repository, so anyone could mint tokens for such a deployment) or whose clock could be
 * moved.
 */
@Singleton
public class ProductionTrustGuard {

    static final String LOCAL_ISSUER = "ipcase-local";
    static final String LOCAL_KEY = "ipcase/dev-jwt/public.pem";

    void check(@Observes StartupEvent startup,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation,
            @ConfigProperty(name = "ipcase.clock.adjustable", defaultValue = "false") boolean adjustableClock) {
        String problem = problem(ConfigUtils.getProfiles(), issuer, keyLocation);
        if (problem == null && adjustableClock && ConfigUtils.getProfiles().contains("prod")) {
            problem = "production must not run on an adjustable clock: remove ipcase.clock.adjustable";
        }
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static String problem(List<String> profiles, String issuer, String keyLocation) {
        if (!profiles.contains("prod")) {
            return null;
        }
        if (LOCAL_ISSUER.equals(issuer)) {
            return "production trusts the local token issuer " + LOCAL_ISSUER + ": set IPCASE_JWT_ISSUER to the identity provider's";
        }
        if (keyLocation.endsWith(LOCAL_KEY)) {
            return "production trusts the local signing key: set IPCASE_JWT_PUBLIC_KEY_LOCATION to the identity provider's key";
        }
        return null;
    }
}
