package io.ipcase.console.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.quarkus.arc.Arc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The console's only way to the four services: their REST APIs, with the signed-in user's token
 * (or none, for the public pages). The services decide what the user may see and do; the console
 * shows their answers, their refusals included. Each call is a client span of the page's trace and carries it on
 * ({@code traceparent}), so an officer's click is one trace from the console through the services and their events.
 */
@ApplicationScoped
public class Services {

    /** a service's answer: its status, its ETag (the version for If-Match) and its JSON body */
    public record Reply(int status, String etag, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final TextMapSetter<HttpRequest.Builder> HEADERS = (request, name, value) -> request.header(name, value);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final OpenTelemetry telemetry;
    private final Tracer tracer;
    private final ObjectMapper json;
    private final Map<String, String> urls;
    private final Duration timeout;
    private final Session session;

    public Services(ObjectMapper json, Session session, OpenTelemetry telemetry, Tracer tracer, @ConfigProperty(name = "ipcase.console.services.case") String caseService,
            @ConfigProperty(name = "ipcase.console.services.mediation") String mediationService,
            @ConfigProperty(name = "ipcase.console.services.credit") String creditService,
            @ConfigProperty(name = "ipcase.console.services.notification") String notificationService,
            @ConfigProperty(name = "ipcase.console.services.timeout", defaultValue = "10s") Duration timeout) {
        this.json = json;
        this.session = session;
        this.telemetry = telemetry;
        this.tracer = tracer;
        this.urls = Map.of("case", caseService, "mediation", mediationService, "credit", creditService, "notification",
                notificationService);
        this.timeout = timeout;
    }

    public Reply get(String service, String path, String token) {
        return send(request(service, path, token).GET(), "GET", service);
    }

    /**
     * A change: {@code version} goes out as If-Match (null: none), {@code idempotencyKey} as
     * Idempotency-Key, so a form sent twice changes the case once.
     */
    public Reply post(String service, String path, String token, JsonNode body, String version, String idempotencyKey) {
        return send(change(service, path, token, version, idempotencyKey, "POST", body), "POST", service);
    }

    private HttpRequest.Builder change(String service, String path, String token, String version, String idempotencyKey, String method,
            JsonNode body) {
        HttpRequest.Builder builder = request(service, path, token).header("Content-Type", "application/json");
        if (version != null && !version.isBlank()) {
            builder.header("If-Match", "\"" + version + "\"");
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return builder.method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A replacement of a resource's state (e.g. a mediator's active flag), with the same headers as {@link #post}. */
    public Reply put(String service, String path, String token, JsonNode body, String version, String idempotencyKey) {
        return send(change(service, path, token, version, idempotencyKey, "PUT", body), "PUT", service);
    }

    public String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return url;
    }

    private HttpRequest.Builder request(String service, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(service) + path)).timeout(timeout).header("Accept",
                "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        // the services word their per-field messages in the reader's language
        builder.header("Accept-Language", Arc.container().requestContext().isActive() && "en".equals(session.lang()) ? "en" : "zh-CN");
        return builder;
    }

    /** The call, as a client span named by method and service only: its path and query may hold a party's identifier. */
    private Reply send(HttpRequest.Builder request, String method, String service) {
        Span span = tracer.spanBuilder(method + " " + service + "-service").setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", method).setAttribute("server.address", service + "-service").startSpan();
        try (Scope scope = span.makeCurrent()) {
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request, HEADERS);
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            span.setAttribute("http.response.status_code", response.statusCode());
            if (response.statusCode() >= 400) {
                // a client span's 4xx is an error too (OpenTelemetry's HTTP conventions), a refusal the page then shows
                span.setStatus(StatusCode.ERROR);
            }
            JsonNode body = response.body().length == 0 ? MissingNode.getInstance() : readBody(response.body());
            String etag = response.headers().firstValue("ETag").map(tag -> tag.replace("W/", "").replace("\"", "")).orElse(null);
            return new Reply(response.statusCode(), etag, body);
        } catch (IOException e) {
            span.setStatus(StatusCode.ERROR, "no answer");
            throw new ServiceUnavailable(service, e);
        } catch (InterruptedException e) {
            span.setStatus(StatusCode.ERROR, "interrupted");
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(service, e);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private JsonNode readBody(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** A service did not answer: the page says which one and offers to try again. */
    public static final class ServiceUnavailable extends RuntimeException {

        private final String service;

        ServiceUnavailable(String service, Exception cause) {
            super(service + "-service did not answer", cause);
            this.service = service;
        }

        public String service() {
            return service;
        }
    }
}
