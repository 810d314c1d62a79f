package io.ipcase.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Plain calls on the running services as a given role (for fixtures and snapshots), on the suite's one client. */
final class ProbeApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ProbeHttp http;
    private final Function<String, String> urls;
    private final Function<String, String> managementUrls;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ProbeApi(ProbeHttp http, Function<String, String> urls, Function<String, String> managementUrls) {
        this.http = http;
        this.urls = urls;
        this.managementUrls = managementUrls;
    }

    String url(String service) {
        return urls.apply(service);
    }

    ProbeHttp http() {
        return http;
    }

    /** A valid token of the role's suite user (region 360400 for the regional roles), or of the given user and region. */
    String token(String role) {
        return token(AccessTable.USERS.get(role), role, AccessTable.regionOf(role));
    }

    String token(String user, String role, String region) {
        return tokens.computeIfAbsent(user + "|" + role + "|" + region, k -> ForgedTokens.valid(user, role, region));
    }

    ProbeHttp.Response send(String service, String method, String path, String role, Object body) {
        ProbeHttp.Request request = ProbeHttp.Request.of(method, path);
        if (role != null) {
            request = request.header("Authorization", "Bearer " + token(role));
        }
        if (body != null) {
            try {
                byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
                request = request.header("Content-Type", "application/json").body(bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            // health, metrics and OpenAPI live on the management port; the API's port must not serve them
            return http.send(path.startsWith("/q/") ? managementUrls.apply(service) : url(service), request);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " on " + service + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer of a call that must succeed with one of the statuses given. */
    JsonNode call(String service, String method, String path, String role, Object body, int... statuses) {
        ProbeHttp.Response response = send(service, method, path, role, body);
        if (Arrays.stream(statuses).noneMatch(s -> s == response.status())) {
            throw new AssertionError("fixture step " + method + " " + path + " on " + service + " as " + role + " answered "
                    + response.status() + ": " + ProbeHttp.clip(response.body(), 400));
        }
        return json(response.body());
    }

    JsonNode get(String service, String path, String role) {
        return call(service, "GET", path, role, null, 200);
    }

    static JsonNode json(String text) {
        try {
            return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
