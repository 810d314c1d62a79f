package io.ipcase.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.ipcase.infra.DevTokens;

/**
 * A minimal OpenID Connect provider for the console's production sign-in test: discovery, JWKS (the
 * local key the services trust), an authorization endpoint that signs the configured user in at once,
 * a token endpoint for the code, and an end-session endpoint. Its tokens are the local stack's, so the
 * services accept the access token the console forwards.
 */
final class TestIdentityProvider implements AutoCloseable {

    record User(String id, String roles, String region) {
    }

    private final HttpServer server;
    private final String clientId;
    private final Map<String, User> codes = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<Exception> failures = new CopyOnWriteArrayList<>();
    private volatile User user;

    TestIdentityProvider(String clientId, User user) throws IOException {
        this.clientId = clientId;
        this.user = user;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (IOException | RuntimeException e) {
                failures.add(e);
                throw e;
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void signInAs(User next) {
        this.user = next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        switch (path) {
            case "/.well-known/openid-configuration" -> json(exchange, "{\"issuer\":\"" + DevTokens.ISSUER + "\",\"authorization_endpoint\":\""
                    + url() + "/authorize\",\"token_endpoint\":\"" + url() + "/token\",\"jwks_uri\":\"" + url()
                    + "/jwks\",\"end_session_endpoint\":\"" + url() + "/logout\",\"response_types_supported\":[\"code\"],"
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            case "/jwks" -> json(exchange, jwks());
            case "/authorize" -> {
                String code = UUID.randomUUID().toString();
                codes.put(code, user);
                redirect(exchange, query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                        + "&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
            }
            case "/token" -> {
                Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                User signedIn = codes.remove(body.getOrDefault("code", ""));
                if (signedIn == null) {
                    exchange.sendResponseHeaders(400, -1);
                    exchange.close();
                    return;
                }
                Instant now = Instant.now();
                String idToken = DevTokens.token(signedIn.id(), signedIn.roles(), signedIn.region(), now, now.plusSeconds(3600), clientId);
                String accessToken = DevTokens.token(signedIn.id(), signedIn.roles(), signedIn.region(), now, now.plusSeconds(3600),
                        DevTokens.AUDIENCE);
                json(exchange, "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
            }
            case "/logout" -> redirect(exchange, query.getOrDefault("post_logout_redirect_uri", "/"));
            default -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        }
    }

    private static String jwks() {
        try {
            String pem = Files.readString(Path.of("..", "..", "service-kit", "src", "main", "resources", "ipcase", "dev-jwt", "public.pem"));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + unsigned(key.getModulus()) + "\",\"e\":\""
                    + unsigned(key.getPublicExponent()) + "\"}]}";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
