package io.ipcase.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time link in the notice of a listing proposal, by which the subject states its own case (README, credit-service
 * API): an unguessable token (32 random bytes, base64url) after the configured address of the public statement page.
 * Only the token's SHA-256 is kept and reported; once the mail is sent its stored body keeps the link without the token.
 */
@ApplicationScoped
public class StatementLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final Pattern inBody;

    public StatementLinks(@ConfigProperty(name = "ipcase.notification.statement-link") String base) {
        this.base = base;
        this.inBody = Pattern.compile(Pattern.quote(base) + "[A-Za-z0-9_-]{43}");
    }

    /** a new link and the SHA-256 (hex) of its token */
    public record Link(String url, String tokenHash) {
    }

    public Link draw() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Link(base + token, sha256(token));
    }

    /** the body as it may be kept once sent: every statement link's token replaced, so the delivery log cannot file a statement */
    public String withoutTokens(String body) {
        return body == null ? null : inBody.matcher(body).replaceAll(java.util.regex.Matcher.quoteReplacement(base + "…"));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
