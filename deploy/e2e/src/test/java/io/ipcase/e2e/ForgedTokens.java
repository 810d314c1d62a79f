package io.ipcase.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.infra.DevTokens;

/**
 * Bearer tokens a service must refuse (401): unsigned, signed by someone else's key, signed with
 * the public key as an HMAC secret, expired, from another issuer, edited after signing, issued in
 * the future, valid for a thousand years, and — when the services are configured with an
 * audience — without it or for another. Each carries the claims of a caller who would otherwise be
 * allowed, so nothing but the forgery stands between it and the operation.
 */
final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRIVATE_KEY = "ipcase/dev-jwt/private.pem";
    private static final String PUBLIC_KEY = "ipcase/dev-jwt/public.pem";
    private static final long THOUSAND_YEARS = 1000L * 366 * 24 * 3600;

    private final PrivateKey localKey;
    private final byte[] publicPem;
    private final PrivateKey foreignKey;
    /** the audience the services verify, or null when they verify none */
    private final String audience;

    ForgedTokens(String audience) {
        try {
            String pem = resource(PRIVATE_KEY);
            localKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem)));
            String published = resourceOrNull(PUBLIC_KEY);
            if (published == null) {
                RSAPrivateCrtKey crt = (RSAPrivateCrtKey) localKey;
                byte[] der = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()))
                        .getEncoded();
                published = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
            }
            publicPem = published.getBytes(StandardCharsets.US_ASCII);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            foreignKey = generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the token forgeries", e);
        }
        this.audience = audience;
    }

    /**
     * The audience the services are configured to verify ({@code mp.jwt.verify.audiences}, {@code %local} profile
     * first), read from their application.properties and, underneath, service-kit's shared defaults; a
     * {@code ${VARIABLE:default}} value resolves from the environment. Null when none sets one.
     */
    static String configuredAudience(Path repositoryRoot, List<String> services) {
        List<Path> files = new ArrayList<>();
        for (String service : services) {
            files.add(repositoryRoot.resolve(service).resolve("src/main/resources/application.properties"));
        }
        files.add(repositoryRoot.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (String key : List.of("%local.mp.jwt.verify.audiences", "mp.jwt.verify.audiences")) {
                String value = resolve(properties.getProperty(key));
                if (value != null && !value.isBlank()) {
                    return value.split(",")[0].trim();
                }
            }
        }
        return null;
    }

    /** {@code ${NAME:default}} → the environment's NAME, else the default */
    private static String resolve(String value) {
        if (value == null || !value.startsWith("${") || !value.endsWith("}")) {
            return value;
        }
        String inner = value.substring(2, value.length() - 1);
        int colon = inner.indexOf(':');
        String name = colon < 0 ? inner : inner.substring(0, colon);
        String fallback = colon < 0 ? null : inner.substring(colon + 1);
        String set = System.getenv(name);
        return set != null ? set : fallback;
    }

    /** A token the services accept, minted as the local stack does. */
    static String valid(String user, String role, String region) {
        return DevTokens.token(user, role, region);
    }

    /** name of the forgery → token, for a caller with the given identity (who would be allowed). */
    Map<String, String> forgeries(String user, String role, String region) {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, Object> claims = claims(user, role, region, now, now + 3600);
        tokens.put("alg none (unsigned)", unsigned(claims));
        tokens.put("signed by a foreign RSA key", rs256(claims, foreignKey));
        tokens.put("HS256 keyed with the public key", hs256(claims, publicPem));
        tokens.put("expired an hour ago", rs256(claims(user, role, region, now - 7200, now - 3600), localKey));
        Map<String, Object> otherIssuer = new LinkedHashMap<>(claims);
        otherIssuer.put("iss", "https://idp.attacker.example");
        tokens.put("wrong issuer", rs256(otherIssuer, localKey));
        Map<String, Object> lesser = claims(user, "auditor", "440300", now, now + 3600);
        String genuine = rs256(lesser, localKey);
        String[] parts = genuine.split("\\.");
        tokens.put("claims edited after signing", parts[0] + "." + base64(json(claims)) + "." + parts[2]);
        tokens.put("issued a day in the future", rs256(claims(user, role, region, now + 86_400, now + 90_000), localKey));
        tokens.put("valid for 1000 years", rs256(claims(user, role, region, now, now + THOUSAND_YEARS), localKey));
        tokens.put("garbage", "not.a.jwt");
        if (audience != null) {
            Map<String, Object> withoutAudience = new LinkedHashMap<>(claims);
            withoutAudience.remove("aud");
            tokens.put("missing audience", rs256(withoutAudience, localKey));
            Map<String, Object> otherAudience = new LinkedHashMap<>(claims);
            otherAudience.put("aud", "some-other-service");
            tokens.put("wrong audience", rs256(otherAudience, localKey));
        }
        return tokens;
    }

    private Map<String, Object> claims(String user, String role, String region, long issuedAt, long expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevTokens.ISSUER);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("name", user);
        claims.put("groups", new ArrayList<>(List.of(role)));
        if (region != null) {
            claims.put("region", region);
        }
        if (audience != null) {
            claims.put("aud", audience);
        }
        claims.put("iat", issuedAt);
        claims.put("exp", expiresAt);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static String unsigned(Map<String, Object> claims) {
        return base64(json(Map.of("alg", "none", "typ", "JWT"))) + "." + base64(json(claims)) + ".";
    }

    private static String rs256(Map<String, Object> claims, PrivateKey key) {
        String input = base64(json(Map.of("alg", "RS256", "typ", "JWT"))) + "." + base64(json(claims));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(Map<String, Object> claims, byte[] secret) {
        String input = base64(json(Map.of("alg", "HS256", "typ", "JWT"))) + "." + base64(json(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + base64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] pemBody(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static String resource(String name) throws IOException {
        String text = resourceOrNull(name);
        if (text == null) {
            throw new IOException(name + " is not on the test classpath (it comes with ipcase-infra)");
        }
        return text;
    }

    private static String resourceOrNull(String name) throws IOException {
        try (InputStream in = ForgedTokens.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
