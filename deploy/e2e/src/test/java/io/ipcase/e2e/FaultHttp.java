package io.ipcase.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.ipcase.infra.DevTokens;
import io.restassured.path.json.JsonPath;

/**
 * The fault suite's HTTP client: every call as a named user with a freshly minted local token,
 * bounded by a timeout; a connection refused or reset while a service is down is an answer too
 * (status -1), never an exception. Counts what it saw, for the summary.
 */
final class FaultHttp {

    /** One answer; {@code status} -1 when there was no HTTP answer at all (refused, reset, timed out). */
    record Answer(int status, String body, boolean replayed, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** worth another try: no answer, or the service (or what it depends on) unavailable for now */
        boolean transientFailure() {
            return status == -1 || status >= 500;
        }

        JsonPath json() {
            return JsonPath.from(body == null || body.isBlank() ? "{}" : body);
        }

        @Override
        public String toString() {
            return status == -1 ? "no answer (" + error + ")" : status + " " + (body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /** A user as tokens name them. */
    record User(String id, String roles, String region) {
        String token() {
            return DevTokens.token(id, roles, region);
        }
    }

    static final User OFFICER = new User("officer-li", "officer", "360400");
    static final User HEAD = new User("head-wang", "head", "360400");
    static final User CREDIT_OFFICER = new User("credit-officer-zhou", "credit-officer", "360400");
    static final User MEDIATOR = new User("mediator-chen", "mediator", null);
    static final User ADMIN = new User("admin-root", "admin", null);
    static final User ORG_ADMIN = new User("org-admin-jj", "organisation-admin", null);

    private final ServiceProcesses services;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration timeout;
    final Map<String, LongAdder> seen = new ConcurrentHashMap<>();

    FaultHttp(ServiceProcesses services, Duration timeout) {
        this.services = services;
        this.timeout = timeout;
    }

    Answer get(String service, String path, User user) {
        return send(service, HttpRequest.newBuilder(uri(service, path)).GET(), user, timeout);
    }

    /** A POST with its JSON body and the {@code Idempotency-Key} of the logical request (the same on every retry). */
    Answer post(String service, String path, User user, String json, String idempotencyKey) {
        return post(service, path, user, json, idempotencyKey, timeout);
    }

    /** The same with a timeout of its own: a very short one loses the answer to a request the service may well carry out. */
    Answer post(String service, String path, User user, String json, String idempotencyKey, Duration within) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(service, request, user, within);
    }

    private URI uri(String service, String path) {
        return URI.create(services.url(service) + "/api/v1" + path);
    }

    private Answer send(String service, HttpRequest.Builder request, User user, Duration within) {
        request.timeout(within).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + user.token());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
            count(service + " " + (response.statusCode() >= 500 ? Integer.toString(response.statusCode()) : (response.statusCode() / 100) + "xx"));
            if (replayed) {
                count(service + " replayed");
            }
            return new Answer(response.statusCode(), response.body(), replayed, null);
        } catch (IOException e) {
            count(service + " no answer");
            return new Answer(-1, null, false, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, false, "interrupted");
        }
    }

    private void count(String what) {
        seen.computeIfAbsent(what, k -> new LongAdder()).increment();
    }
}
