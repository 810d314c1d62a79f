package io.ipcase.console.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ipcase.console.mapping.Texts;
import io.ipcase.console.service.Session;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every request: who signs it (the session cookie of the local sign-in, or the identity provider's
 * access token), the language, and the CSRF check. A change (any method but GET/HEAD) must carry the
 * page's CSRF token in {@code X-CSRF-Token} — the pages send it with every form — matching the
 * HttpOnly, SameSite=Strict cookie the console set; a request another site makes the browser send
 * has neither. Browsers that say a request is cross-site are refused before that.
 */
public class SessionFilters {

    static final String CSRF_HEADER = "X-CSRF-Token";

    @Inject
    Session session;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "ipcase.console.sign-in")
    String signIn;
    @Inject
    Cookies cookies;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response identify(ContainerRequestContext request) {
        Cookie lang = request.getCookies().get(Cookies.LANG);
        session.lang(Texts.language(lang == null ? null : lang.getValue()));
        if ("oidc".equals(signIn)) {
            AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
            if (credential != null) {
                signIn(credential.getToken());
            }
        } else {
            Cookie cookie = request.getCookies().get(Cookies.SESSION);
            if (cookie != null) {
                signIn(cookie.getValue());
            }
        }
        Cookie csrf = request.getCookies().get(Cookies.CSRF);
        boolean known = csrf != null && csrf.getValue().length() >= 32;
        session.csrf(known ? csrf.getValue() : Cookies.newCsrfToken(), !known);
        if (!safe(request.getMethod())) {
            String site = request.getHeaderString("Sec-Fetch-Site");
            String sent = request.getHeaderString(CSRF_HEADER);
            if ("cross-site".equals(site) || !known || sent == null
                    || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII), csrf.getValue().getBytes(StandardCharsets.US_ASCII))) {
                String message = Texts.ENGLISH.equals(session.lang()) ? "This form has expired or did not come from this console. Reload the page and try again."
                        : "表单已过期或并非来自本系统，请刷新页面后重试。";
                return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity("<div class=\"banner error\" role=\"alert\" id=\"csrf-refused\">" + message + "</div>").build();
            }
        }
        return null;
    }

    @ServerResponseFilter
    public void cookies(ContainerResponseContext response) {
        if (session.freshCsrf()) {
            response.getHeaders().add("Set-Cookie", cookies.csrf(session.csrf()));
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }

    /** the token's claims, read to choose what the pages offer (the services verify the token itself) */
    private void signIn(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return;
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (claims.path("exp").asLong(0) <= Instant.now().getEpochSecond()) {
                return;
            }
            Set<String> roles = new HashSet<>();
            claims.path("groups").forEach(g -> roles.add(g.asText()));
            String user = claims.path("upn").asText(claims.path("preferred_username").asText(claims.path("sub").asText()));
            session.signIn(token, user, roles, claims.path("region").isTextual() ? claims.path("region").asText() : null);
        } catch (Exception e) {
            // not a token we can read: the user is not signed in
        }
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
