package io.ipcase.console.rest;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's cookies: the session (HttpOnly, SameSite=Lax so a link from a mail opens the page
 * signed in), the CSRF token (HttpOnly, SameSite=Strict) and the language. Secure wherever the
 * console is served over TLS ({@code ipcase.console.secure-cookies}, on in production).
 */
@ApplicationScoped
public class Cookies {

    static final String SESSION = "ipcase_session";
    static final String CSRF = "ipcase_csrf";
    static final String LANG = "ipcase_lang";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secure;

    public Cookies(@ConfigProperty(name = "ipcase.console.secure-cookies") boolean secure) {
        this.secure = secure;
    }

    NewCookie session(String token, int maxAgeSeconds) {
        return new NewCookie.Builder(SESSION).value(token).path("/").httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAgeSeconds).build();
    }

    NewCookie csrf(String value) {
        return new NewCookie.Builder(CSRF).value(value).path("/").httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    NewCookie language(String lang) {
        return new NewCookie.Builder(LANG).value(lang).path("/").secure(secure).sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600)
                .build();
    }

    static String newCsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** a path of this console to go back to; anything else (another site, a malformed path) goes home */
    static URI localTarget(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return URI.create("/");
        }
        try {
            URI uri = new URI(back);
            return uri.getScheme() == null && uri.getAuthority() == null ? uri : URI.create("/");
        } catch (java.net.URISyntaxException e) {
            return URI.create("/");
        }
    }
}
