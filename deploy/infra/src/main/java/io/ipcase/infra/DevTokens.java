package io.ipcase.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints bearer tokens signed with the local key pair, for the local stack and tests only; the private key lives here, outside every service artifact
 * (production verifies against its identity provider's key, so these tokens do not work there).
 * <p>
 * Depends on the JDK alone so it runs straight from source:
 * {@code java deploy/infra/src/main/java/io/ipcase/infra/DevTokens.java officer alice 360400}
 */
public final class DevTokens {

    public static final String ISSUER = "ipcase-local";
    /** the audience every ipcase service requires ({@code mp.jwt.verify.audiences}) */
    public static final String AUDIENCE = "ipcase";
    private static final String KEY_RESOURCE = "ipcase/dev-jwt/private.pem";
    private static final Path KEY_SOURCE = Path.of("deploy/infra/src/main/resources", KEY_RESOURCE);

    private DevTokens() {
    }

    /**
     * @param roles  comma-separated roles (officer, head, reviewer, mediator, court, credit-officer, credit-platform, auditor, admin)
     * @param region division code of the caller's jurisdiction, or null
     */
    public static String token(String user, String roles, String region) {
        return token(user, roles, region, Instant.now().plusSeconds(8 * 3600));
    }

    public static String token(String user, String roles, String region, Instant expiresAt) {
        return token(user, roles, region, Instant.now(), expiresAt, AUDIENCE);
    }

    /** A token with the times and audience given (null: no audience claim), for tests of what the services refuse. */
    public static String token(String user, String roles, String region, Instant issuedAt, Instant expiresAt, String audience) {
        List<String> groups = new ArrayList<>();
        for (String role : roles.split(",")) {
            if (!role.isBlank()) {
                groups.add("\"" + escape(role.trim()) + "\"");
            }
        }
        long now = issuedAt.getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + escape(user) + "\",\"upn\":\"" + escape(user) + "\",\"name\":\""
                + escape(user) + "\",\"groups\":[" + String.join(",", groups) + "]"
                + (region == null ? "" : ",\"region\":\"" + escape(region) + "\"")
                + (audience == null ? "" : ",\"aud\":\"" + escape(audience) + "\"")
                + ",\"iat\":" + now + ",\"exp\":" + expiresAt.getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    private static PrivateKey privateKey() throws Exception {
        String pem;
        try (InputStream resource = DevTokens.class.getClassLoader().getResourceAsStream(KEY_RESOURCE)) {
            pem = resource != null ? new String(resource.readAllBytes(), StandardCharsets.US_ASCII) : readSourceKey();
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String readSourceKey() throws IOException {
        return Files.readString(KEY_SOURCE, StandardCharsets.US_ASCII);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Usage: {@code DevTokens <roles> <user> [region]} — prints a token valid for 8 hours. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens <role[,role...]> <user> [region-division-code]");
            System.exit(2);
        }
        System.out.println(token(args[1], args[0], args.length > 2 ? args[2] : null));
    }
}
